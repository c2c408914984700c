/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  base: '/',
  server: { port: 5173, strictPort: true },
  build: { outDir: 'dist', chunkSizeWarningLimit: 1500 },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // One process, one jsdom and one load of React and Ant Design for all files instead of a process each (~7 s a
    // file; 2 cores give one worker anyway). Each file still loads the app's modules afresh and has its own mocks;
    // src/test/setup.ts restores what a file stubbed on the shared window.
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
    // Generous: on a busy 2-core machine an antd modal test can take 20 s; a hang still fails.
    testTimeout: 60000,
  },
});

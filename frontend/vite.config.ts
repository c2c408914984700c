/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/** Paths the server answers itself: the service worker neither caches them nor answers them with the app (ADR 0035). */
const SERVER_PATHS = [/^\/api(\/|$)/, /^\/q(\/|$)/, /^\/login(\/|$)/, /^\/logout(\/|$)/];

export default defineConfig({
  plugins: [
    react(),
    // The app installable on a phone and its shell opening offline (ADR 0035). The worker is registered by
    // src/lib/service-worker.ts in production builds only; the dev server has none.
    VitePWA({
      injectRegister: null,
      registerType: 'autoUpdate',
      filename: 'sw.js',
      // public/manifest.webmanifest, linked from index.html (its Chinese name stays out of the code).
      manifest: false,
      workbox: {
        // The shell only: the page, the built scripts and styles, the icons. Nothing the server answers per user.
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: SERVER_PATHS,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [],
      },
    }),
  ],
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

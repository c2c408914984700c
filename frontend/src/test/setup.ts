import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import i18n from '../lib/i18n';

// The default 1 s for findBy*/waitFor is too short when the 2-core CI machine also runs the back-end build.
configure({ asyncUtilTimeout: 5000 });

// Ant Design reads these; jsdom lacks them.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    // Desktop width: Ant Design's breakpoints query min-width.
    matches: /min-width/.test(query),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
// Once: the files share one window (singleFork in vite.config.ts) and this file runs before each of them.
const ownStyle = '__attractOwnStyle';
if (!(ownStyle in window.getComputedStyle)) {
  window.getComputedStyle = Object.assign(
    (
      (orig) => (elt: Element) =>
        orig(elt)
    )(window.getComputedStyle),
    { [ownStyle]: true },
  );
}

afterEach(async () => {
  cleanup();
  // What mockApi put in place of fetch goes with the test that asked for it.
  vi.unstubAllGlobals();
  localStorage.clear();
  await i18n.changeLanguage('zh-CN');
});

// The files share one window (singleFork): each leaves no spy behind for the next.
afterAll(() => {
  vi.restoreAllMocks();
});

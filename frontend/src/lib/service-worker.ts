/**
 * The service worker of a production build (vite-plugin-pwa's sw.js: the app shell cached, ADR 0035). Development
 * (the Vite dev server, the sweep's development build) has none, and drops one a production build on the same
 * origin left behind, which would otherwise keep answering pages with that build's cached shell.
 */
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return; // plain http on an intranet: no worker, the app works online only
  if (import.meta.env.PROD) {
    window.addEventListener('load', () => {
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
        // No shell offline on this device; the app itself is unaffected.
      });
    });
  } else {
    void navigator.serviceWorker
      .getRegistrations()
      .then((registrations) => Promise.all(registrations.map((registration) => registration.unregister())))
      .catch(() => {});
  }
}

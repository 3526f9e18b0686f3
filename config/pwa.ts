import { VitePWA } from 'vite-plugin-pwa';

/**
 * The service worker (ADR 041): precaches the whole build — code, styles, the index page and the
 * data files — under one manifest with a revision hash per file, so a version of the app and the data
 * it was built with are cached and replaced together. `autoUpdate`: a new deployment's worker
 * activates at once and the open page reloads into the new version; old caches are removed.
 * Registered from app code (`src/app/service-worker.ts`), never by an inline script, so it runs under
 * the CSP; scope and URLs follow Vite's `base`, so it works under a sub-path.
 */
export function serviceWorkerPlugin() {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: false,
    manifest: false,
    workbox: {
      // The self-hosted font's Latin subsets (src/styles/fonts.css) too; the other scripts' subsets
      // are never needed for this Norwegian/English text.
      globPatterns: [
        '**/*.{html,js,css,svg,json}',
        '**/inter-latin-wght-normal-*.woff2',
        '**/inter-latin-ext-wght-normal-*.woff2',
      ],
      // The unfilled page (vite.speed.ts): index.html is prerendered with the ranking (ADR 030).
      navigateFallback: 'shell.html',
      // Embed pages come from the host with their own headers (framing allowed only there, ADR 063).
      navigateFallbackDenylist: [/\/embed\//],
      cleanupOutdatedCaches: true,
      // Set here because `injectRegister: false` leaves them off; `autoUpdate` needs both.
      skipWaiting: true,
      clientsClaim: true,
    },
  });
}

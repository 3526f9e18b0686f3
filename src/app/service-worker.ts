/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker that keeps the app and its data working offline (ADR 041).
 * Production builds only; the dev server serves no worker. A new version activates by itself and the
 * page reloads into it (`registerType: 'autoUpdate'` in config/pwa.ts).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD) return;
  // An embed page lives inside other sites' pages: it installs nothing there (ADR 063).
  if (window.location.pathname.includes('/embed/')) return;
  registerSW({
    immediate: true,
    onRegisterError: (error: unknown) => {
      // Offline support is an extra: without it the app still works online.
      console.warn('Service worker not registered; the app will not work offline.', error);
    },
  });
}

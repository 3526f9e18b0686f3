import type { UserConfig } from 'vite';
import { resolve } from 'node:path';
import { staticRoutes } from './scripts/static-routes.mjs';
import { DEFAULT_SITE_URL } from './src/lib/site-url.ts';

// SITE_URL: the public origin for canonical links and Open Graph URLs (README, src/lib/site-url.ts).
const siteUrl = process.env.SITE_URL ?? DEFAULT_SITE_URL;

/**
 * Build settings for speed (issue 7, docs/decisions/031-first-view-bytes.md), kept apart from vite.config.ts.
 *
 * `@digdir/designsystemet-react` declares no `sideEffects` in its package.json, so the bundler must keep
 * every module its barrel imports (floating-ui, the web-components package, icons, ~70 kB gzip) even
 * when we use a handful of components. Its React component modules have no import-time side effects
 * we rely on, so we tell the bundler so; the web-components package keeps its side effects (custom
 * element registration) and comes along only when a component we use imports it.
 */
const SIDE_EFFECT_FREE = [/\/node_modules\/@digdir\/designsystemet-react\/dist\/esm\//];

export const speed = {
  /** `vite preview` serves dist/ as a static host does: prerendered pages by path, 404.html otherwise. */
  plugins: [staticRoutes(resolve(import.meta.dirname, 'dist'), process.env.BASE_PATH ?? '/')],
  define: { 'import.meta.env.SITE_URL': JSON.stringify(siteUrl) },
  build: {
    // dist/.vite/manifest.json: which files each route loads (byte budget, bench).
    manifest: true,
    rolldownOptions: {
      treeshake: {
        moduleSideEffects: (id: string) => !SIDE_EFFECT_FREE.some((pattern) => pattern.test(id)),
      },
    },
  },
  ssr: {
    // Bundle Designsystemet into the server build too, so the prerender sees the same modules.
    noExternal: ['@digdir/designsystemet-react'],
  },
} satisfies Pick<UserConfig, 'plugins' | 'define' | 'build' | 'ssr'>;

import { existsSync } from 'node:fs';
import type { Plugin, UserConfig } from 'vite';
import { anchoredHasPlugin } from './config/anchored-has.ts';
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

/**
 * Emits `shell.html`: the built index.html before the prerender fills it, an empty page the app renders
 * into. The service worker answers navigations with it (config/pwa.ts): the prerendered index.html
 * holds the ranking, which is the wrong content for any other address.
 */
function shellPage(): Plugin {
  return {
    name: 'klyngeinnsikt:shell-page',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') return;
        this.emitFile({ type: 'asset', fileName: 'shell.html', source: index.source });
      },
    },
  };
}

/**
 * Designsystemet's Field (Textfield) and Tooltip import the whole `@digdir/designsystemet-web` package for
 * its side effects: custom elements and document-wide observers for every component (tabs, pagination,
 * suggestion, …): 18 kB gzip on the field's views, 13 kB on /timeline's when last measured (ADR 031).
 * Each gets the behaviours it needs instead: a field its field, fieldset, click-delegation and read-only
 * behaviour (label, description and validation wiring); a tooltip the tooltip behaviour, which brings the
 * popover it opens in (and its polyfill and floating-ui placement). Other components keep importing the
 * whole package.
 */
const WEB_SUBSETS: readonly { importer: RegExp; files: readonly string[] }[] = [
  {
    importer: /\/@digdir\/designsystemet-react\/dist\/esm\/components\/field\/field\.js$/,
    files: ['field/field.js', 'fieldset/fieldset.js', 'clickdelegatefor/clickdelegatefor.js', 'readonly/readonly.js'],
  },
  {
    importer: /\/@digdir\/designsystemet-react\/dist\/esm\/components\/tooltip\/tooltip\.js$/,
    files: ['tooltip/tooltip.js'],
  },
];
const WEB_SUBSET_PREFIX = '\0designsystemet-web-subset:';
function designsystemetWebSubset(): Plugin {
  let webDir = '';
  return {
    name: 'klyngeinnsikt:designsystemet-web-subset',
    enforce: 'pre',
    // The browser build only: the prerender's server build leaves the package external, as it is.
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    async resolveId(source, importer) {
      if (source !== '@digdir/designsystemet-web' || !importer) return null;
      const subset = WEB_SUBSETS.findIndex((s) => s.importer.test(importer));
      if (subset < 0) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved) return null;
      webDir = resolved.id.replace(/index\.js$/, '');
      return `${WEB_SUBSET_PREFIX}${String(subset)}`;
    },
    load(id) {
      if (!id.startsWith(WEB_SUBSET_PREFIX)) return null;
      const files = WEB_SUBSETS[Number(id.slice(WEB_SUBSET_PREFIX.length))]?.files ?? [];
      return files.map((file) => `import ${JSON.stringify(`${webDir}${file}`)};`).join('\n');
    },
  };
}

/**
 * React Router 7 publishes a production build (`dist/production`: its development warnings compiled
 * out) but its package `exports` name only `dist/development`, for every condition (remix-run/react-router
 * issues #12532, #14102), so no `resolve.conditions` reaches the production files. The browser build
 * takes them instead: the same modules, at the same paths, under `production/`. A package layout
 * without them fails the build rather than silently shipping the development build. ADR 031.
 */
const REACT_ROUTER_ENTRIES = new Set(['react-router', 'react-router/dom']);
function reactRouterProductionBuild(): Plugin {
  return {
    name: 'klyngeinnsikt:react-router-production',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    async resolveId(source, importer, options) {
      if (!REACT_ROUTER_ENTRIES.has(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      // Not the development build (a later version may resolve to production itself): leave it be.
      if (!resolved?.id.includes('/dist/development/')) return null;
      const production = resolved.id.replace('/dist/development/', '/dist/production/');
      if (!existsSync(production)) {
        throw new Error(`${source} resolved to ${resolved.id}, which has no production build beside it`);
      }
      return { ...resolved, id: production };
    },
  };
}

/**
 * V8 explicit compile hints (Chromium 136+): a file that starts with `//# allFunctionsCalledOnLoad` is
 * compiled eagerly, on a background thread while it streams in, instead of function by function on the
 * main thread as each is first called. Given to the app's start-up code (the `boot` chunk and the chunks
 * it imports statically), every function of which runs while the page becomes interactive (ADR 034).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
function compileHints(): Plugin {
  return {
    name: 'klyngeinnsikt:compile-hints',
    apply: 'build',
    enforce: 'post',
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    // After Vite's own post-processing (its preload helper's dependency map goes at the top of a chunk).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const boot = Object.values(bundle).find((file) => file.type === 'chunk' && file.name === 'boot');
        if (boot?.type !== 'chunk') return;
        for (const fileName of [boot.fileName, ...boot.imports]) {
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk' && !chunk.code.startsWith(COMPILE_HINT)) chunk.code = COMPILE_HINT + chunk.code;
        }
      },
    },
  };
}

export const speed = {
  /** `vite preview` serves dist/ as a static host does: prerendered pages by path, 404.html otherwise. */
  plugins: [
    staticRoutes(),
    shellPage(),
    designsystemetWebSubset(),
    reactRouterProductionBuild(),
    compileHints(),
    anchoredHasPlugin(),
  ],
  define: { 'import.meta.env.SITE_URL': JSON.stringify(siteUrl) },
  build: {
    // dist/.vite/manifest.json: which files each route loads (byte budget, bench).
    manifest: true,
    // One stylesheet, linked from every page. Split per lazy chunk, a view's few kB of CSS arrived with
    // its code, after the prerendered page had painted without them: the layout shifted (CLS).
    cssCodeSplit: false,
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

import type { Plugin, UserConfig } from 'vite';
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
 * Designsystemet's Field (Textfield) imports the whole `@digdir/designsystemet-web` package for its
 * side effects: custom elements for every component (tabs, tooltips, pagination, suggestion, …), about
 * 18 kB gzip. A field needs only the field, fieldset and click-delegation behaviour (label, description
 * and validation wiring); other components keep importing the whole package.
 */
const WEB_SUBSET_ID = '\0designsystemet-web-field-subset';
const WEB_SUBSET_FOR = /\/@digdir\/designsystemet-react\/dist\/esm\/components\/field\/field\.js$/;
function designsystemetWebSubset(): Plugin {
  let webDir = '';
  return {
    name: 'klyngeinnsikt:designsystemet-web-subset',
    enforce: 'pre',
    // The browser build only: the prerender's server build leaves the package external, as it is.
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    async resolveId(source, importer) {
      if (source !== '@digdir/designsystemet-web' || !importer || !WEB_SUBSET_FOR.test(importer)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved) return null;
      webDir = resolved.id.replace(/index\.js$/, '');
      return WEB_SUBSET_ID;
    },
    load(id) {
      if (id !== WEB_SUBSET_ID) return null;
      return ['field/field.js', 'fieldset/fieldset.js', 'clickdelegatefor/clickdelegatefor.js', 'readonly/readonly.js']
        .map((file) => `import ${JSON.stringify(`${webDir}${file}`)};`)
        .join('\n');
    },
  };
}

export const speed = {
  /** `vite preview` serves dist/ as a static host does: prerendered pages by path, 404.html otherwise. */
  plugins: [staticRoutes(), shellPage(), designsystemetWebSubset()],
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

// Prerenders every view to static HTML (issue 7; docs/decisions/030-prerender-and-hydration.md).
// Run after `vite build` (npm run build does): builds the server entry (src/entry-server.tsx) with Vite's SSR build into
// node_modules/.cache, validates public/data as the app does, renders each path with the data in the
// query cache, and writes dist/<path>/index.html (and dist/404.html) from the built dist/index.html.
// Paths come from the data (each cluster's slug, each level's id); a path whose route does not exist
// yet renders the not-found view and is skipped with a notice.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--outDir dir` for a build elsewhere (the sub-path e2e build); BASE_PATH as for `vite build`.
const outDirFlag = process.argv.indexOf('--outDir');
const dist = resolve(root, outDirFlag > 0 ? (process.argv[outDirFlag + 1] ?? 'dist') : 'dist');
const ssrOut = join(root, 'node_modules', '.cache', 'prerender');
const base = process.env.BASE_PATH ?? '/';

await build({
  root,
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: ssrOut, emptyOutDir: true, manifest: false },
});

/**
 * The server entry's exports (src/entry-server.tsx).
 * @typedef {{ html: string, head: string, status: 200 | 404 }} RenderedPage
 * @typedef {{
 *   DATA_FILES: readonly string[], PRERENDERED_ATTRIBUTE: string, NOT_FOUND_PATH: string,
 *   APP_CODE_TEMPLATE_ID: string,
 *   validateDataset: (raw: Record<string, unknown>) => Promise<unknown>,
 *   prerenderPaths: (dataset: unknown) => string[],
 *   renderPage: (path: string, dataset: unknown, base: string) => Promise<RenderedPage>,
 * }} ServerEntry
 */
/** @type {ServerEntry} */
const server = await import(pathToFileURL(join(ssrOut, 'entry-server.js')).href);

const template = readFileSync(join(dist, 'index.html'), 'utf8');
if (template.includes(server.PRERENDERED_ATTRIBUTE)) {
  throw new Error('prerender: dist/index.html is already prerendered; run `vite build` first (npm run build does).');
}
const ROOT_ELEMENT = '<div id="root"></div>';
if (!template.includes(ROOT_ELEMENT)) throw new Error(`prerender: dist/index.html has no ${ROOT_ELEMENT}`);

/** @param {string} text */
const escapeAttribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

// The page's content is in the HTML: the app's code only makes it interactive, so it need not compete
// with the stylesheet for bandwidth before the first paint (nor does the font: ADR 065).
const shell = template.replace(
  /<script type="module"|<link rel="modulepreload"/g,
  (tag) => `${tag} fetchpriority="low"`,
);

/**
 * The app's start-up chunks (src/app/boot.ts and what it imports, from Vite's manifest) as modulepreload
 * links in an inert <template>: src/app/app-code-preload.ts puts them in the page a few per task after
 * the first paint, so Vite's preload helper finds them there and appends none itself (ADR 036, item 10).
 */
function appCodeTemplate() {
  /** @type {Record<string, { file: string, imports?: string[], isEntry?: boolean }>} */
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const BOOT = 'src/app/boot.ts';
  if (!manifest[BOOT]) throw new Error(`prerender: ${BOOT} is not in dist/.vite/manifest.json`);
  /** @type {Set<string>} */
  const keys = new Set([BOOT]);
  for (const key of keys) for (const imported of manifest[key]?.imports ?? []) keys.add(imported);
  const files = [...keys].filter((key) => !manifest[key]?.isEntry).map((key) => manifest[key]?.file);
  const links = files.map((file) => `<link rel="modulepreload" crossorigin href="${escapeAttribute(base + file)}">`);
  return `<template id="${server.APP_CODE_TEMPLATE_ID}">${links.join('')}</template>`;
}
const withAppCode = shell.replace('</body>', () => `${appCodeTemplate()}</body>`);

/** @param {RenderedPage} page @param {string} marker */
function toDocument(page, marker) {
  const withHead = withAppCode.replace(/<title>[^<]*<\/title>/, () => page.head);
  return withHead.replace(
    ROOT_ELEMENT,
    () => `<div id="root" ${server.PRERENDERED_ATTRIBUTE}="${escapeAttribute(marker)}">${page.html}</div>`,
  );
}

const raw = Object.fromEntries(
  server.DATA_FILES.map((name) => [name, JSON.parse(readFileSync(join(dist, 'data', `${name}.json`), 'utf8'))]),
);
const dataset = await server.validateDataset(raw);

/** @param {string} path */
const fileOf = (path) => (path === '/' ? join(dist, 'index.html') : join(dist, ...path.split('/'), 'index.html'));

let written = 0;
/** @type {string[]} */
const skipped = [];
for (const path of server.prerenderPaths(dataset)) {
  const page = await server.renderPage(path, dataset, base);
  if (page.status === 404) {
    skipped.push(path);
    continue;
  }
  const file = fileOf(decodeURIComponent(path));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, toDocument(page, path));
  written += 1;
}
// Static hosts answer unknown addresses with 404.html; the client renders it afresh for the real path.
writeFileSync(join(dist, '404.html'), toDocument(await server.renderPage(server.NOT_FOUND_PATH, dataset, base), ''));
if (skipped.length > 0) console.log(`prerender: skipped (no route for them yet): ${skipped.join(' ')}`);
console.log(`prerender: wrote ${written} pages and 404.html into dist/`);

import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { DEFAULT_SITE_URL } from '../src/lib/site-url.ts';

type Builder = typeof import('../src/components/export/dataset/build-dataset-download.ts');

/**
 * Build only: writes the whole-dataset download into `dist/data/download/` (ADR 064): the tidy tables as CSV
 * (nb and en), the data dictionary and the DCAT JSON-LD metadata, made from `public/data/` validated exactly as
 * the app validates it (the same zod schemas and cross-file checks: bad data fails the build). The builder is
 * the app's own TypeScript, loaded through Vite's module runner.
 */
export function datasetDownloadPlugin(): Plugin {
  let base = '/';
  let root = '';
  let ssr = false;
  return {
    name: 'klyngeinnsikt:dataset-download',
    apply: 'build',
    configResolved(config) {
      base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      root = config.root;
      ssr = Boolean(config.build.ssr);
    },
    async generateBundle() {
      if (ssr) return;
      const builder = fileURLToPath(
        new URL('../src/components/export/dataset/build-dataset-download.ts', import.meta.url),
      );
      const { module } = await runnerImport<Builder>(builder, { configFile: false, root, logLevel: 'error' });
      const site = `${(process.env.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/+$/, '')}${base}`;
      const files = module.buildDatasetDownload(root, site, new Date().toISOString().slice(0, 10));
      for (const [fileName, source] of Object.entries(files)) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

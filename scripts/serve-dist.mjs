// Serves the production build (dist/) on a free local port, with the SPA fallback a static host gives.
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

// The project's root, whatever the caller's working directory: from elsewhere Vite would find no config
// and serve index.html for every path (a probe run from another folder then measured "/timeline" as the
// `/` page rendered afresh).
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @param {{ port?: number, base?: string, outDir?: string }} [options] */
export async function serveDist(options = {}) {
  const server = await preview({
    root: PROJECT_ROOT,
    preview: { port: options.port ?? 0, host: '127.0.0.1', strictPort: false },
    base: options.base,
    build: options.outDir ? { outDir: options.outDir } : undefined,
    logLevel: 'error',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const base = (options.base ?? '/').replace(/\/$/, '');
  return { url: `http://127.0.0.1:${address.port}${base}`, close: () => server.close() };
}

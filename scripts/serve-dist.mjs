// Serves the production build (dist/) on a free local port, with the SPA fallback a static host gives.
import { preview } from 'vite';

/** @param {{ port?: number, base?: string, outDir?: string }} [options] */
export async function serveDist(options = {}) {
  const server = await preview({
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

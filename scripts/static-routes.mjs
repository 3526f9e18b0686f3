// How a static host serves the prerendered build (docs/decisions/030-prerender-and-hydration.md), as a
// Vite preview middleware so `vite preview`, the e2e suite and the bench serve dist/ the same way:
// `/clusters/nce-media` → dist/clusters/nce-media/index.html; an unknown page → dist/404.html (status 404).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

/**
 * @param {string} outDir the built site (dist/)
 * @param {string} base the base path (e.g. "/" or "/klyngeinnsikt/")
 * @returns {import('vite').Plugin}
 */
export function staticRoutes(outDir, base) {
  const prefix = base.replace(/\/+$/, '');
  return {
    name: 'klyngeinnsikt:static-routes',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return next();
        const url = new URL(req.url, 'http://local');
        if (!url.pathname.startsWith(`${prefix}/`) && url.pathname !== prefix) return next();
        const inside = decodeURIComponent(url.pathname.slice(prefix.length)) || '/';
        if (extname(inside) !== '') return next(); // assets, data files, 404 for missing ones
        const page = join(outDir, normalize(inside), 'index.html');
        if (page.startsWith(outDir) && existsSync(page) && statSync(page).isFile()) {
          req.url = `${prefix}${inside.replace(/\/?$/, '/')}index.html${url.search}`;
          return next();
        }
        const notFound = join(outDir, '404.html');
        if (!existsSync(notFound)) return next();
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(req.method === 'HEAD' ? undefined : readFileSync(notFound));
      });
    },
  };
}

// How a static host serves the prerendered build (docs/decisions/030-prerender-and-hydration.md), as a
// Vite preview middleware so `vite preview`, the e2e suite and the bench serve dist/ the same way:
// `/clusters/nce-media` → dist/clusters/nce-media/index.html; an unknown page → dist/404.html (status 404).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { headersForPath, parseHeadersFile } from './headers-file.mjs';

/**
 * Serves the build's outDir under its base path, with the headers its `_headers` file gives each path (both from the resolved config, so `preview({ base,
 * build: { outDir } })` is honoured). Without prerendered pages it changes nothing.
 * @returns {import('vite').Plugin}
 */
export function staticRoutes() {
  let outDir = '';
  let prefix = '';
  return {
    name: 'klyngeinnsikt:static-routes',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      prefix = config.base.replace(/\/+$/, '');
    },
    configurePreviewServer(server) {
      // The headers of the build's `_headers` file, per path, as the static host sends them (ADR 040, 063).
      const headersFile = join(outDir, '_headers');
      const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
      server.middlewares.use((req, res, next) => {
        const [pathname = '/'] = (req.url ?? '/').split('?', 1);
        for (const [name, value] of Object.entries(headersForPath(rules, pathname))) res.setHeader(name, value);
        next();
      });
      server.middlewares.use((req, res, next) => {
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return next();
        const [pathname = '/', query] = req.url.split('?', 2);
        const search = query === undefined ? '' : `?${query}`;
        if (!pathname.startsWith(`${prefix}/`) && pathname !== prefix) return next();
        let inside = '/';
        try {
          inside = decodeURIComponent(pathname.slice(prefix.length)) || '/';
        } catch {
          inside = '\0'; // malformed escapes: no page has that name
        }
        if (extname(inside) !== '' && !inside.includes('\0')) return next(); // assets, data files
        const page = inside.includes('\0') ? '' : join(outDir, normalize(inside), 'index.html');
        if (page.startsWith(`${outDir}/`) && existsSync(page) && statSync(page).isFile()) {
          req.url = `${pathname.replace(/\/?$/, '/')}index.html${search}`;
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

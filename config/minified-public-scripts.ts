import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifySync, type Plugin } from 'vite';

/**
 * The classic scripts in public/ (loaded by index.html before the app; a strict CSP allows files, not
 * inline scripts). The development server serves them as written, with their comments; the build
 * minifies its copies, since their bytes count in every page's first view (scripts/route-bytes.mjs).
 */
export const PUBLIC_SCRIPTS = ['before-paint.js'] as const;

/** A classic script minified (oxc, the minifier Vite's build uses); throws on a syntax error. */
export function minifyScript(fileName: string, code: string): string {
  const result = minifySync(fileName, code, { compress: true, mangle: true });
  const [error] = result.errors;
  if (error) throw new Error(`${fileName}: ${error.message}`);
  return result.code;
}

/** Minifies the built copies of `PUBLIC_SCRIPTS` once Vite has written them (before the service worker's precache list). */
export function minifiedPublicScriptsPlugin(): Plugin {
  let outDir = '';
  let client = true;
  return {
    name: 'klyngeinnsikt:minified-public-scripts',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      client = !config.build.ssr;
    },
    writeBundle() {
      if (!client) return;
      for (const name of PUBLIC_SCRIPTS) {
        const file = resolve(outDir, name);
        writeFileSync(file, minifyScript(name, readFileSync(file, 'utf8')));
      }
    },
  };
}

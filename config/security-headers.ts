import type { Plugin } from 'vite';

/**
 * The app's Content-Security-Policy (ADR 040). Everything comes from the app's own origin; nothing
 * runs that the build did not produce. Measured in Chromium on every view: the one exception the app
 * needs is `data:` images (Designsystemet's CSS draws its icons as inline SVG). React and Recharts set
 * styles through the CSSOM, which style-src does not govern, so no inline style is allowed either.
 * Prerendered HTML with `style="…"` attributes would need `'style-src-attr': ["'unsafe-inline'"]`
 * (attributes only, never `<style>` elements): see ADR 040.
 * No inline or eval'd script, no plugin content, no frames, no base or form hijacking.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // Prerendered pages (ADR 030) carry style attributes (the timeline's positions): attributes only,
  // never <style> elements or style sheets from elsewhere (ADR 040).
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Directives a browser ignores (and warns about) in a <meta> policy: only a response header can carry them. */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

/**
 * The embed pages (`/embed/<chartId>`, ADR 063) are made to be framed by other sites: their policy is the
 * app's with `frame-ancestors *`. Every other path keeps `frame-ancestors 'none'`.
 */
export const EMBED_HEADER_ONLY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ['*'],
};

/** The path prefix of the embed pages below the base path. */
export const EMBED_PATH = 'embed/';

export const REFERRER_POLICY = 'no-referrer';

export function cspValue(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The headers a host should send with every response (README, "Deploying"); `embed` for the embed pages. */
export function securityHeaders(options: { embed?: boolean } = {}): Record<string, string> {
  const frameAncestors = options.embed ? EMBED_HEADER_ONLY_DIRECTIVES : HEADER_ONLY_DIRECTIVES;
  return {
    'Content-Security-Policy': cspValue({ ...CSP_DIRECTIVES, ...frameAncestors }),
    'Referrer-Policy': REFERRER_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/**
 * A `_headers` file (Cloudflare Pages format, read the same way by scripts/serve-dist.mjs): the headers
 * and cache rules per path. Every matching rule applies, in order; `! Name` detaches a header an earlier
 * rule set, so `/embed/*` replaces the policy of `/*` (a second policy would only add restrictions).
 */
export function headersFile(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const lines = [`${root}*`, ...Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`)];
  const embedPolicy = securityHeaders({ embed: true })['Content-Security-Policy'] ?? '';
  for (const path of [EMBED_PATH.replace(/\/$/, ''), `${EMBED_PATH}*`]) {
    lines.push(`${root}${path}`, '  ! Content-Security-Policy', `  Content-Security-Policy: ${embedPolicy}`);
  }
  lines.push(`${root}assets/*`, '  Cache-Control: public, max-age=31536000, immutable');
  // What names a version must be asked for again each time; the service worker then updates (ADR 041).
  for (const path of ['', 'index.html', 'sw.js', 'data/*']) lines.push(`${root}${path}`, '  Cache-Control: no-cache');
  return `${lines.join('\n')}\n`;
}

/**
 * Build only (the dev server injects an inline React Refresh script a strict policy would block):
 * puts the CSP and referrer policy first in <head> of every HTML page Vite emits, and writes `_headers`.
 * Pages prerendered from the built index.html inherit both metas.
 */
export function securityHeadersPlugin(): Plugin {
  let base = '/';
  return {
    name: 'klyngeinnsikt:security-headers',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const metas = [
          `<meta http-equiv="Content-Security-Policy" content="${cspValue(CSP_DIRECTIVES)}" />`,
          `<meta name="referrer" content="${REFERRER_POLICY}" />`,
        ];
        // Right after <meta charset>: before any script, stylesheet or link the policy must govern.
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html needs <meta charset> first in <head> for the CSP meta');
        return html.replace(charset, (tag) => [tag, ...metas].join('\n    '));
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(base) });
    },
  };
}

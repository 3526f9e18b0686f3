/**
 * The public origin the app is served from (canonical links, Open Graph URLs). Set at build time with
 * the `SITE_URL` environment variable (see README); the default is a reserved `.example` host, so a
 * build that forgot to set it is easy to spot and never points at somebody else's site.
 */
export const DEFAULT_SITE_URL = 'https://klyngeinnsikt.example';

/** The absolute URL of an app path: origin + base path + path, without query or hash. */
export function absoluteUrl(path: string, siteUrl: string, base: string): string {
  const origin = siteUrl.replace(/\/+$/, '');
  const prefix = base.replace(/\/+$/, '');
  const rest = path === '/' ? '/' : `/${path.replace(/^\/+/, '')}`;
  return `${origin}${prefix}${rest}`;
}

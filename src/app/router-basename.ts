/**
 * The router's basename: Vite's base with its trailing slash ("/klyngeinnsikt/"), so the link home is
 * "/klyngeinnsikt/" (inside the service worker's scope, so it also loads offline), not "/klyngeinnsikt".
 * A visit to the bare "/klyngeinnsikt" is first moved to "/klyngeinnsikt/" in place (no reload), since
 * a basename with a slash does not match it.
 */
export function routerBasename(
  base: string = import.meta.env.BASE_URL,
  location: Pick<Location, 'pathname' | 'search' | 'hash'> = window.location,
  history: Pick<History, 'state' | 'replaceState'> = window.history,
): string {
  if (base !== '/' && location.pathname === base.replace(/\/$/, '')) {
    history.replaceState(history.state, '', `${base}${location.search}${location.hash}`);
  }
  return base;
}

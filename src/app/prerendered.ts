/**
 * The prerender marks the root element with the path it rendered (`data-prerendered="/timeline"`).
 * The client hydrates only when that is the path it is on; a static host's fallback page (404.html, or
 * index.html served for an unknown path) is rendered afresh instead, so it never hydrates a mismatch.
 */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/** The app path of a location path under the base path: `/klynger/timeline/` → `/timeline`. */
export function appPath(locationPath: string, basename: string): string {
  const base = basename.replace(/\/+$/, '');
  const inside = base && locationPath.startsWith(base) ? locationPath.slice(base.length) : locationPath;
  const trimmed = inside.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** Whether the root holds markup prerendered for this very path. */
export function isPrerenderedFor(root: Element, locationPath: string, basename: string): boolean {
  const rendered = root.getAttribute(PRERENDERED_ATTRIBUTE);
  if (rendered === null || rendered === '' || root.firstElementChild === null) return false;
  try {
    return rendered === appPath(decodeURI(locationPath), basename);
  } catch {
    return false; // a malformed address (e.g. a lone "%") is no prerendered page
  }
}

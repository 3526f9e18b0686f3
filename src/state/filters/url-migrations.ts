/**
 * Links that last: a shared link keeps working after a parameter or a path is renamed. Each step turns a
 * URL of one version into the next; `migrateUrl` runs them all, in order, before the URL is parsed (as
 * OWID's Grapher does for its URLs). The URL carries no version number (links stay short), so a step
 * acts only on what is unique to the old form (the old name present) and leaves a newer URL unchanged.
 *
 * Today's URLs (README, "Query parameters") are version 1, the first: there is nothing to migrate yet.
 * To rename `level` to `levels` later: bump URL_VERSION to 2, write `levels` in the codec, and add
 * `{ to: 2, why: 'level → levels', migrate: renameParam('level', 'levels') }`.
 */
export const URL_VERSION = 1;

/** What a migration step may change: the path within the app (no base path) and the query string. */
export interface MigratableUrl {
  pathname: string;
  search: string;
}

export interface UrlMigration {
  /** The URL version this step produces (the step turns version `to - 1` into `to`). */
  to: number;
  /** What was renamed, for the reader. */
  why: string;
  migrate: (url: MigratableUrl) => MigratableUrl;
}

/** Every step from version 1 to URL_VERSION, oldest first (url-migrations.test.ts checks the order). */
export const URL_MIGRATIONS: readonly UrlMigration[] = [];

/** A step that renames a query parameter: every value of `from` moves to `to`; a URL without `from` is unchanged. */
export function renameParam(from: string, to: string): UrlMigration['migrate'] {
  return (url) => {
    const params = new URLSearchParams(url.search);
    if (!params.has(from)) return url;
    const values = params.getAll(from);
    params.delete(from);
    for (const value of values) params.append(to, value);
    const text = params.toString().replace(/%7E/gi, '~');
    return { pathname: url.pathname, search: text === '' ? '' : `?${text}` };
  };
}

/** A step that renames one value of a parameter (`sort=level` → `sort=tier`); other values stay. */
export function renameValue(param: string, from: string, to: string): UrlMigration['migrate'] {
  return (url) => {
    const params = new URLSearchParams(url.search);
    const values = params.getAll(param);
    if (!values.includes(from)) return url;
    params.delete(param);
    for (const value of values) params.append(param, value === from ? to : value);
    const text = params.toString().replace(/%7E/gi, '~');
    return { pathname: url.pathname, search: `?${text}` };
  };
}

/** A step that renames a path: `from` (exactly, or as a prefix followed by "/") becomes `to`. */
export function renamePath(from: string, to: string): UrlMigration['migrate'] {
  return (url) =>
    url.pathname === from || url.pathname.startsWith(`${from}/`)
      ? { pathname: `${to}${url.pathname.slice(from.length)}`, search: url.search }
      : url;
}

/** Runs every step in order. Returns the URL itself (the same object) when no step changed it. */
export function migrateUrl(url: MigratableUrl, migrations: readonly UrlMigration[] = URL_MIGRATIONS): MigratableUrl {
  const migrated = migrations.reduce((current, step) => step.migrate(current), url);
  return migrated.pathname === url.pathname && migrated.search === url.search ? url : migrated;
}

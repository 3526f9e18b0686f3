// Reads a `_headers` file (Cloudflare Pages format, written by config/security-headers.ts) and answers which
// headers a path gets: every rule whose pattern matches applies, in file order; `! Name` detaches a header an
// earlier rule set. A pattern is a path with `*` (any characters, also `/`) as its only wildcard.

/** @typedef {{ pattern: string, matcher: RegExp, set: [string, string][], detach: string[] }} HeaderRule */

/** @param {string} text @returns {HeaderRule[]} */
export function parseHeadersFile(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const source = pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
      rules.push({ pattern, matcher: new RegExp(`^${source}$`), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: a header before any path: ${line}`);
    const entry = line.trim();
    if (entry.startsWith('!')) {
      rule.detach.push(entry.slice(1).trim().toLowerCase());
      continue;
    }
    const colon = entry.indexOf(':');
    if (colon < 1) throw new Error(`_headers: not a header: ${line}`);
    rule.set.push([entry.slice(0, colon).trim(), entry.slice(colon + 1).trim()]);
  }
  return rules;
}

/** @param {HeaderRule[]} rules @param {string} path @returns {Record<string, string>} */
export function headersForPath(rules, path) {
  /** @type {Map<string, [string, string]>} */
  const headers = new Map();
  for (const rule of rules) {
    if (!rule.matcher.test(path)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const known = headers.get(key);
      // Cloudflare Pages joins repeated headers with a comma; detach first to replace one.
      headers.set(key, [name, known ? `${known[1]}, ${value}` : value]);
    }
  }
  return Object.fromEntries(headers.values());
}

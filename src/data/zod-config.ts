import * as z from 'zod/mini';

/**
 * Zod compiles object parsers with `new Function` when it can, and probes for that when a schema is
 * built. The CSP forbids eval (no `unsafe-eval`), and Chromium reports even the swallowed probe as a
 * violation. The data is small: the interpreted parser costs nothing noticeable. Imported first by
 * `schema/common.ts`, which every schema imports, so it runs before any schema is built.
 */
z.config({ jitless: true });

// zod/mini (docs/decisions/031-first-view-bytes.md) ships without messages; the English ones name what
// is wrong with a field ("Too big: expected number to be <=100"), which the data error alert shows.
z.config(z.locales.en());

import * as z from 'zod';

/**
 * Zod compiles object parsers with `new Function` when it can, and probes for that when a schema is
 * built. The CSP forbids eval (no `unsafe-eval`), and Chromium reports even the swallowed probe as a
 * violation. The data is small: the interpreted parser costs nothing noticeable. Imported first by
 * `schema/common.ts`, which every schema imports, so it runs before any schema is built.
 */
z.config({ jitless: true });

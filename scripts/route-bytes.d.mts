import type { Browser } from 'playwright-core';
export const FIRST_VIEW_BUDGET: number;
export const FIRST_VIEW_TARGET: number;
export const DEFERRED: RegExp;
export function gzipSize(file: string): number;
export function measureRouteBytes(
  browser: Browser,
  baseUrl: string,
  path: string,
  distDir: string,
): Promise<{
  path: string;
  js: number;
  css: number;
  /** js + css of the first view (budgeted). */
  total: number;
  /** JS + CSS loaded after the page is up (charts, presentation mode, export). */
  deferred: number;
  files: { file: string; gzip: number; deferred: boolean }[];
}>;

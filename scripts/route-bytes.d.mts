import type { Browser } from 'playwright-core';
export const FIRST_VIEW_BUDGET: number;
export function gzipSize(file: string): number;
export function measureRouteBytes(
  browser: Browser,
  baseUrl: string,
  path: string,
  distDir: string,
): Promise<{ path: string; js: number; css: number; total: number; files: { file: string; gzip: number }[] }>;

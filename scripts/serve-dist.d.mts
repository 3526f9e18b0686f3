export function serveDist(options?: {
  port?: number;
  base?: string;
  outDir?: string;
}): Promise<{ url: string; close: () => Promise<void> }>;

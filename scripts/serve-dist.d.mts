export function serveDist(options?: {
  port?: number;
  base?: string;
}): Promise<{ url: string; close: () => Promise<void> }>;

/**
 * Saves a blob as a file through a temporary object URL and an <a download> click (no inline script,
 * no data: navigation; works under a strict CSP).
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL is revoked.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a chart id and today's date: "klyngeinnsikt-ranking-2026-11-28.png". */
export function exportFileName(chartId: string, extension: string, today = new Date()): string {
  const safe =
    chartId
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'chart';
  return `klyngeinnsikt-${safe}-${today.toISOString().slice(0, 10)}.${extension}`;
}

export interface HeaderRule {
  pattern: string;
  matcher: RegExp;
  set: [string, string][];
  detach: string[];
}
export function parseHeadersFile(text: string): HeaderRule[];
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string>;

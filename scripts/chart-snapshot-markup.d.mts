export function snapshotMarkup(surface: string, width: number, frames?: readonly string[], name?: string): string;

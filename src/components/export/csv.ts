/** One cell of a CSV export: text, a number, or null for an unknown value (an empty cell, never 0). */
export type CsvCell = string | number | null;
/** A CSV table: the header row first, then one row per data point. */
export type CsvRows = readonly (readonly CsvCell[])[];

const BOM = '\uFEFF';

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : cell;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV (comma, CRLF, quotes where needed) with a UTF-8 byte-order mark, so Excel shows æøå.
 * Numbers are written as plain numbers (68, not "68 %"), unknown values as empty cells.
 */
export function toCsv(rows: CsvRows): string {
  return `${BOM}${rows.map((row) => row.map(cellText).join(',')).join('\r\n')}\r\n`;
}

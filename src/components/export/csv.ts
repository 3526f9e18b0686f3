import type { Lang } from '../../i18n/lang';

/**
 * A cell that names sources by id: written as the sources' publishers and titles (`show: 'name'`) or
 * their URLs (`show: 'url'`), never as internal ids, and read by the citation for "the sources".
 */
export interface SourceCell {
  sources: readonly string[];
  show: 'name' | 'url';
}

/** One cell of a CSV export: text, a number, null for an unknown value (an empty cell, never 0), or sources. */
export type CsvCell = string | number | null | SourceCell;
/** A CSV table: the header row first, then one row per data point. */
export type CsvRows = readonly (readonly CsvCell[])[];

/** What a source id is written as. */
export type DescribeSource = (id: string) => { name: string; url: string } | undefined;

/** The two cells of a row's sources: their names, and their URLs (duplicates dropped). */
export function sourceCells(ids: readonly string[]): [SourceCell, SourceCell] {
  const sources = [...new Set(ids)];
  return [
    { sources, show: 'name' },
    { sources, show: 'url' },
  ];
}

/**
 * Separator and decimal mark per interface language: Norwegian Excel and LibreOffice expect `;` and a
 * decimal comma (a comma-separated file opens in one column there); English ones `,` and a decimal point.
 */
export const CSV_FORMAT: Record<Lang, { separator: ';' | ','; decimal: ',' | '.' }> = {
  nb: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

const BOM = '\uFEFF';

function sourceText(cell: SourceCell, describe: DescribeSource): string {
  const parts = cell.sources.map((id) => {
    const source = describe(id);
    if (!source) return id;
    return cell.show === 'name' ? source.name : source.url;
  });
  return parts.join(cell.show === 'name' ? ' | ' : ' ');
}

function cellText(cell: CsvCell, lang: Lang, describe: DescribeSource): string {
  if (cell === null) return '';
  const { separator, decimal } = CSV_FORMAT[lang];
  const text =
    typeof cell === 'number'
      ? String(cell).replace('.', decimal)
      : typeof cell === 'string'
        ? cell
        : sourceText(cell, describe);
  const mustQuote = text.includes(separator) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV as spreadsheets in the interface's language open it (RFC 4180 quoting, CRLF), with a UTF-8
 * byte-order mark so Excel shows æøå. Numbers are plain (68, not "68 %"; no thousands separator) with
 * the language's decimal mark; unknown values are empty cells; sources are written by `describe`.
 */
export function toCsv(rows: CsvRows, lang: Lang, describe: DescribeSource = () => undefined): string {
  const { separator } = CSV_FORMAT[lang];
  return `${BOM}${rows.map((row) => row.map((cell) => cellText(cell, lang, describe)).join(separator)).join('\r\n')}\r\n`;
}

/** The ids of every source the rows name, in order of first mention (for the chart's citation). */
export function sourceIdsOf(rows: CsvRows): string[] {
  const ids = rows.flatMap((row) =>
    row.flatMap((cell) => (cell !== null && typeof cell === 'object' ? cell.sources : [])),
  );
  return [...new Set(ids)];
}

import { LANGS } from '../../../i18n/lang';
import { CSV_FORMAT } from '../csv';
import { DATASET_DIR, tableFileName } from './dataset-files';
import type { DatasetTableSpec } from './dataset-tables';

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * The data dictionary as Markdown, Norwegian and English side by side: each table's files, what a row is,
 * and each column's header in both languages with what it holds.
 */
export function dataDictionary(specs: readonly DatasetTableSpec[]): string {
  const lines = [
    '# Klyngeinnsikt – dataordbok / data dictionary',
    '',
    'Lisens / licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Kilder / sources: klyngeinnsikt-sources-*.csv.',
    '',
    `CSV: UTF-8 med BOM. \`-nb.csv\`: skilletegn «${CSV_FORMAT.nb.separator}», desimalkomma. ` +
      `\`-en.csv\`: separator "${CSV_FORMAT.en.separator}", decimal point. ` +
      'Tom celle: ukjent verdi, forklart i statuskolonnen (aldri 0). / Empty cell: unknown value, explained in the status column (never 0).',
    '',
    `JSON: \`data/*.json\` som appen leser / as the app reads them. Mappe / folder: \`${DATASET_DIR}/\`.`,
  ];
  for (const spec of specs) {
    lines.push(
      '',
      `## ${spec.name}`,
      '',
      `${spec.about.nb}.  `,
      `${spec.about.en}.`,
      '',
      `Filer / files: ${LANGS.map((lang) => `\`${tableFileName(spec.name, lang)}\``).join(', ')}`,
      '',
      '| Kolonne (nb) | Column (en) | Beskrivelse | Description |',
      '| --- | --- | --- | --- |',
      ...spec.columns.map((c) => `| ${cell(c.nb)} | ${cell(c.en)} | ${cell(c.about.nb)} | ${cell(c.about.en)} |`),
    );
  }
  return `${lines.join('\n')}\n`;
}

import { Heading, Link, List, ListItem, Paragraph } from '@digdir/designsystemet-react';
import {
  DATASET_DIR,
  DATASET_TABLES,
  DICTIONARY_FILE,
  METADATA_FILE,
  tableFileName,
} from '../../components/export/dataset/dataset-files';
import { DATA_FILES, fileNameOf } from '../../data/data-files';
import { useMessages } from '../../i18n/use-messages';
import { downloadMessages } from './download-messages';

/** A file of the build, below the base path. */
const fileUrl = (path: string) => `${import.meta.env.BASE_URL}${path}`;

/**
 * The whole dataset to download (ADR 064): the tidy tables as CSV in both spreadsheet formats, the JSON files
 * as they are, the data dictionary and the DCAT metadata. The files are written by the build.
 */
export function DatasetDownloadSection() {
  const t = useMessages(downloadMessages);
  return (
    <section aria-labelledby="dataset-download-heading" id="dataset-download">
      <Heading level={2} data-size="md" id="dataset-download-heading">
        {t.heading}
      </Heading>
      <Paragraph>{t.lead}</Paragraph>
      <Heading level={3} data-size="xs" id="dataset-tables-heading">
        {t.tablesHeading}
      </Heading>
      <Paragraph data-size="sm">{t.tablesNote}</Paragraph>
      <List.Unordered aria-labelledby="dataset-tables-heading">
        {DATASET_TABLES.map((table) => (
          <ListItem key={table}>
            {t.tableName[table]}:{' '}
            <Link
              href={fileUrl(`${DATASET_DIR}/${tableFileName(table, 'nb')}`)}
              download
              aria-label={t.nbVariant(t.tableName[table])}
            >
              {t.nbShort}
            </Link>
            {' · '}
            <Link
              href={fileUrl(`${DATASET_DIR}/${tableFileName(table, 'en')}`)}
              download
              aria-label={t.enVariant(t.tableName[table])}
            >
              {t.enShort}
            </Link>
          </ListItem>
        ))}
      </List.Unordered>
      <Heading level={3} data-size="xs" id="dataset-json-heading">
        {t.jsonHeading}
      </Heading>
      <List.Unordered aria-labelledby="dataset-json-heading">
        {DATA_FILES.map((name) => (
          <ListItem key={name}>
            <Link href={fileUrl(`data/${fileNameOf(name)}`)} download>
              {fileNameOf(name)}
            </Link>
          </ListItem>
        ))}
      </List.Unordered>
      <Heading level={3} data-size="xs" id="dataset-about-heading">
        {t.aboutHeading}
      </Heading>
      <List.Unordered aria-labelledby="dataset-about-heading">
        <ListItem>
          <Link href={fileUrl(`${DATASET_DIR}/${DICTIONARY_FILE}`)} download>
            {t.dictionary}
          </Link>
        </ListItem>
        <ListItem>
          <Link href={fileUrl(`${DATASET_DIR}/${METADATA_FILE}`)} download>
            {t.metadata}
          </Link>
        </ListItem>
      </List.Unordered>
    </section>
  );
}

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { DatasetDownloadSection } from './dataset-download-section';

describe('DatasetDownloadSection', () => {
  it('offers every table in both spreadsheet formats, the JSON files, the dictionary and the metadata', () => {
    renderWithProviders(<DatasetDownloadSection />);
    expect(screen.getByRole('heading', { name: 'Last ned hele datasettet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Klynger, norsk CSV' })).toHaveAttribute(
      'href',
      '/data/download/klyngeinnsikt-clusters-nb.csv',
    );
    expect(screen.getByRole('link', { name: 'Opptaksrunder, engelsk CSV' })).toHaveAttribute(
      'href',
      '/data/download/klyngeinnsikt-intake-rounds-en.csv',
    );
    expect(screen.getByRole('link', { name: 'programme.json' })).toHaveAttribute('href', '/data/programme.json');
    expect(screen.getByRole('link', { name: 'Metadata (DCAT, JSON-LD)' })).toHaveAttribute(
      'href',
      '/data/download/klyngeinnsikt-dcat.jsonld',
    );
    expect(screen.getAllByRole('link', { name: /CSV$/ })).toHaveLength(12);
  });
});

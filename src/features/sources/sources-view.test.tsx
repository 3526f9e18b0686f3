import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { renderWithProviders } from '../../../tests/render';
import { SourcesView } from './sources-view';

const dataset = loadBundledDataset();

describe('SourcesView', () => {
  it('marks each source title with the language it is written in, also in the English interface', () => {
    renderWithProviders(<SourcesView dataset={dataset} />, { dataset, filters: { lang: 'en' } });
    expect(
      screen.getByRole('link', { name: 'Menon report: Norway Health Tech best on internationalization' }),
    ).toHaveAttribute('lang', 'en');
    expect(
      screen.getByRole('link', { name: 'Internasjonalisering: «Få og svake resultater hos klyngene» ifølge rapport' }),
    ).toHaveAttribute('lang', 'nb');
  });
});

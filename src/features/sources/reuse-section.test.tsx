import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { renderWithProviders } from '../../../tests/render';
import { ReuseSection } from './reuse-section';

const dataset = loadBundledDataset();

describe('ReuseSection', () => {
  it('states the licence and what it does not cover, in Norwegian', () => {
    renderWithProviders(<ReuseSection dataset={dataset} />, { dataset, path: '/sources' });
    expect(screen.getByRole('heading', { name: 'Bruk og siter dataene' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Creative Commons Navngivelse 4.0 (CC BY 4.0)' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    );
    expect(screen.getByRole('list', { name: 'Lisens' })).toHaveTextContent('Sitater (fra Shifters artikkel');
  });

  it('gives the dataset citation to copy, with the date of the data, and BibTeX and RIS, in English', () => {
    renderWithProviders(<ReuseSection dataset={dataset} />, { dataset, path: '/sources', filters: { lang: 'en' } });
    const citation = screen.getByRole('group', { name: 'Citation of the dataset' });
    expect(citation).toHaveTextContent(/^«Klyngeinnsikt: the Norwegian cluster programme/);
    expect(citation).toHaveTextContent('Sources: Shifter: «Internasjonalisering');
    expect(citation).toHaveTextContent('Data as of 2024-04 (the newest source date, derived).');
    expect(citation).toHaveTextContent('/sources?lang=en');
    expect(citation).toHaveTextContent('Licence: CC BY 4.0.');
    expect(screen.getByRole('button', { name: 'Copy citation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download BibTeX (.bib)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download RIS (.ris)' })).toBeInTheDocument();
  });
});

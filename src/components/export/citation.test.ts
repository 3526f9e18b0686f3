import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { newestSourceDate } from '../../data/source-facts';
import { citationText, datasetBibtex, datasetCitationText, datasetRis } from './citation';

const dataset = loadBundledDataset();
const shifter = dataset.sources.filter((s) => s.id === 'shifter-2024');
const dataDate = newestSourceDate(dataset.sources);
const url = 'https://klyngeinnsikt.example/?level=nce&q=media';

describe('citations', () => {
  it('dates the data by the newest source date (derived)', () => {
    expect(dataDate?.raw).toBe('2024-04');
  });

  it('cites a chart with its title, the site, its sources, the date of the data and the exact URL', () => {
    const nb = citationText({
      lang: 'nb',
      title: 'Rangering',
      sources: shifter,
      dataDate,
      url,
      accessed: '2026-11-29',
    });
    expect(nb).toBe(
      '«Rangering». Klyngeinnsikt. Kilder: Shifter: «Internasjonalisering: «Få og svake resultater hos klyngene» ifølge rapport» (2024-02-20). ' +
        'Dataenes dato: 2024-04 (nyeste kildedato, avledet). https://klyngeinnsikt.example/?level=nce&q=media (lest 2026-11-29). Lisens: CC BY 4.0.',
    );
    const en = citationText({ lang: 'en', title: 'Ranking', sources: [], dataDate: null, url, accessed: '2026-11-29' });
    expect(en).toBe(
      '«Ranking». Klyngeinnsikt. Data as of: not published. https://klyngeinnsikt.example/?level=nce&q=media (accessed 2026-11-29). Licence: CC BY 4.0.',
    );
  });

  it('names at most four sources and counts the rest', () => {
    const text = datasetCitationText({ lang: 'en', sources: dataset.sources, dataDate, url, accessed: '2026-11-29' });
    expect(text).toContain(`and ${dataset.sources.length - 4} more sources (see the sources page)`);
    expect(text).toMatch(/^«Klyngeinnsikt: the Norwegian cluster programme/);
  });

  it('gives the dataset as BibTeX and RIS', () => {
    const parts = { lang: 'en' as const, sources: shifter, dataDate, url, accessed: '2026-11-29' };
    const bib = datasetBibtex(parts);
    expect(bib).toMatch(/^@misc\{klyngeinnsikt2024,\n/);
    expect(bib).toContain('  year = {2024},\n');
    expect(bib).toContain(`  url = {${url}},\n`);
    expect(bib).toContain('  urldate = {2026-11-29},\n');
    expect(bib.trimEnd().endsWith('}')).toBe(true);
    const ris = datasetRis(parts).split('\r\n');
    expect(ris[0]).toBe('TY  - DATA');
    expect(ris).toContain('PY  - 2024');
    expect(ris).toContain('DA  - 2024/04');
    expect(ris).toContain(`UR  - ${url}`);
    expect(ris).toContain('N1  - Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(ris.at(-2)).toBe('ER  - ');
  });
});

import { describe, expect, it } from 'vitest';
import { loadBundledDataset as bundledDataset } from '../../../tests/dataset';
import {
  clusterNotes,
  clusterSourceIds,
  filterCaption,
  levelsNotes,
  milestonesNotes,
  rankingNotes,
  rankingSourceIds,
  sourceLine,
} from './slide-content';
import { levelNames } from '../../domain/levels';

const dataset = bundledDataset();
const names = levelNames(dataset.levels);
const all = { levels: [], q: '' };
describe('filterCaption', () => {
  it('says when nothing narrows the data', () => {
    expect(filterCaption(all, names, 'nb')).toBe('Alle nivåer, ingen søk');
    expect(filterCaption(all, names, 'en')).toBe('All levels, no search');
  });
  it('names the levels and the search', () => {
    expect(filterCaption({ levels: ['arena', 'nce'], q: ' ocean ' }, names, 'nb')).toBe(
      'Nivå: Arena og NCE · Søk: «ocean»',
    );
    expect(filterCaption({ levels: ['gce'], q: '' }, names, 'en')).toBe('Level: GCE');
  });
});

describe('speaker notes', () => {
  it('gives the ranking figures and says that 15 shares are not published (derived bound 45 %)', () => {
    const notes = rankingNotes(dataset, 19, 'nb');
    expect(notes.figures.join(' ')).toContain('37\u00a0% av 701');
    expect(notes.figures.join(' ')).toContain('NCE Norway Health Tech 68\u00a0%');
    expect(notes.unknowns[0]).toBe(
      '15 klynger har ikke publisert andel; fordi listen er sortert, er hver høyst 45\u00a0% (avledet).',
    );
  });

  it('says how much of the ranking the filter shows', () => {
    const notes = rankingNotes(dataset, 8, 'en');
    expect(notes.figures).toContain('The filter shows 8 of 19 clusters.');
  });

  it('for a cluster with a published share: rank, level and share, nothing unknown about the share', () => {
    const notes = clusterNotes(dataset, 'nce-media', 'en');
    expect(notes.figures[0]).toBe('Rank 2 of 19, level NCE.');
    expect(notes.figures).toContain('Share agreeing: 59%.');
    expect(notes.unknowns.some((u) => u.includes('share'))).toBe(false);
  });

  it('for a cluster without a published share: the share is unknown with its derived bound, never 0', () => {
    const notes = clusterNotes(dataset, 'the-life-science-cluster', 'en');
    expect(notes.unknowns).toContain('The share is not published; at most 45% (derived).');
    expect(notes.figures.join(' ')).not.toMatch(/\b0%/);
  });

  it('counts the evaluated clusters per level, including levels with none', () => {
    const notes = levelsNotes(dataset, 'en');
    expect(notes.figures[0]).toBe(
      'The evaluated clusters per level (derived): Arena 11, Arena Pro 0, NCE 8 and GCE 0.',
    );
  });

  it('summarises the timeline, and lists the unknowns of the evaluation that belong to it', () => {
    const notes = milestonesNotes(dataset, 'en');
    expect(notes.figures[0]).toMatch(/^\d+ events from 2002 to 2024\.$/);
    const exitYears = dataset.evaluation.unknowns.find((u) => u.id === 'exit-years');
    expect(notes.unknowns).toContain(exitYears?.text.en);
  });
});

describe('sources of a slide', () => {
  it('puts the primary source first on the ranking slide', () => {
    expect(rankingSourceIds(dataset)[0]).toBe('shifter-2024');
    expect(clusterSourceIds(dataset, 'nope')).toEqual([]);
  });
  it('names publishers with dates and shortens a long list', () => {
    expect(sourceLine(['shifter-2024', 'menon-2024'], dataset.sources, 'nb')).toBe(
      'Shifter (20. februar 2024); Menon Economics (2024)',
    );
    const many = dataset.sources.map((s) => s.id);
    expect(sourceLine(many, dataset.sources, 'en', 2)).toMatch(/ and \d+ more$/);
  });
});

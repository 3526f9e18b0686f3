import { describe, expect, it } from 'vitest';
import { readRawDataFiles } from '../../tests/dataset';
import { datePathsForClient } from './build-validation';
import { datePathsOf, decodeDates, firstDifference, sha256Hex } from './trusted-data';
import { parseFiles } from './validate';

describe('the dates the build records for the client', () => {
  it('finds each path where a date string became a decoded date, arrays as *', () => {
    const raw = { events: [{ date: '2014-06', note: 'x' }, { date: '2002' }], title: 'a' };
    const parsed = {
      events: [
        { date: { raw: '2014-06', year: 2014, month: 6, day: null, precision: 'month' }, note: 'x' },
        { date: { raw: '2002', year: 2002, month: null, day: null, precision: 'year' } },
      ],
      title: 'a',
    };
    expect(datePathsOf(raw, parsed)).toEqual(['events.*.date']);
  });

  it('decodes the dates at those paths into what the schema outputs', () => {
    const raw = { events: [{ date: '2009-06-11' }, { date: '2002' }] };
    expect(decodeDates(raw, ['events.*.date'])).toEqual({
      events: [
        { date: { raw: '2009-06-11', year: 2009, month: 6, day: 11, precision: 'day' } },
        { date: { raw: '2002', year: 2002, month: null, day: null, precision: 'year' } },
      ],
    });
  });

  it('leaves a null date (an unknown one) as it is', () => {
    expect(decodeDates({ list: [{ from: null }] }, ['list.*.from'])).toEqual({ list: [{ from: null }] });
  });

  it('names the first difference between two values, and none between equal ones', () => {
    expect(firstDifference({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe('(root).a[1].b');
    expect(firstDifference({ a: 1, b: 2 }, { b: 2, a: 1 })).toBeNull();
    expect(firstDifference({ a: ' x' }, { a: 'x' })).toBe('(root).a');
  });

  it('for every bundled file, decoding its dates gives exactly its schema output', () => {
    const dates = datePathsForClient(readRawDataFiles);
    const parsed = parseFiles(readRawDataFiles());
    const raw = readRawDataFiles();
    for (const name of Object.keys(dates) as (keyof typeof dates)[]) {
      expect(decodeDates(raw[name], dates[name])).toEqual(parsed[name]);
    }
    expect(dates.timeline).toContain('events.*.date');
  });

  it('refuses, naming the file and path, data a schema would change beyond its dates', () => {
    const read = () => {
      const files = readRawDataFiles() as Record<string, { events: { text: { nb: string } }[] }>;
      const first = files.timeline?.events[0];
      if (first) first.text.nb = ` ${first.text.nb}`; // the schema trims it
      return files as ReturnType<typeof readRawDataFiles>;
    };
    expect(() => datePathsForClient(read)).toThrow(/timeline\.json: at \(root\)\.events\[0\]\.text\.nb/);
  });
});

describe('sha256Hex', () => {
  it('gives the SHA-256 of the bytes as hex', async () => {
    const bytes = new TextEncoder().encode('abc').buffer;
    expect(await sha256Hex(bytes)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

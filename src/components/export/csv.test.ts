import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('starts with a byte-order mark and ends rows with CRLF', () => {
    const csv = toCsv([
      ['rank', 'name'],
      [1, 'Tromsø'],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('rank,name\r\n1,Tromsø\r\n');
  });

  it('writes unknown values as empty cells, and 0 as 0', () => {
    expect(toCsv([[null, 0, 'x']]).slice(1)).toBe(',0,x\r\n');
  });

  it('quotes commas, quotes, line breaks and edge spaces', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', ' pad']]).slice(1)).toBe(
      '"a,b","say ""hi""","two\nlines"," pad"\r\n',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { sourceCells, sourceIdsOf, toCsv } from './csv';

const describe_ = (id: string) =>
  id === 'a' ? { name: 'Shifter: «Få; og svake»', url: 'https://example.org/a' } : undefined;

/** Splits a line the way a spreadsheet does: on the separator outside quotes, unquoting cells. */
function splitLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line.charAt(i);
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === separator) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  return [...cells, cell];
}

describe('toCsv', () => {
  it('starts with a byte-order mark and ends rows with CRLF', () => {
    const csv = toCsv(
      [
        ['rank', 'name'],
        [1, 'Tromsø'],
      ],
      'en',
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('rank,name\r\n1,Tromsø\r\n');
  });

  it('uses semicolons and a decimal comma in Norwegian, commas and a decimal point in English', () => {
    expect(toCsv([['Andel', 12.5, 'a,b']], 'nb').slice(1)).toBe('Andel;12,5;a,b\r\n');
    expect(toCsv([['Share', 12.5, 'a;b']], 'en').slice(1)).toBe('Share,12.5,a;b\r\n');
    expect(toCsv([[1234567]], 'nb').slice(1)).toBe('1234567\r\n');
  });

  it('opens into columns as a Norwegian spreadsheet splits it, with æøå intact', () => {
    const csv = toCsv(
      [
        ['Klynge', 'Andel', 'Kilde', 'Kilde-URL'],
        ['Eyde-klyngen; Agder', 45.5, ...sourceCells(['a', 'a'])],
      ],
      'nb',
      describe_,
    );
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines.map((line) => splitLine(line, ';'))).toEqual([
      ['Klynge', 'Andel', 'Kilde', 'Kilde-URL'],
      ['Eyde-klyngen; Agder', '45,5', 'Shifter: «Få; og svake»', 'https://example.org/a'],
    ]);
  });

  it('writes unknown values as empty cells, and 0 as 0', () => {
    expect(toCsv([[null, 0, 'x']], 'en').slice(1)).toBe(',0,x\r\n');
  });

  it('quotes separators, quotes, line breaks and edge spaces', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', ' pad']], 'en').slice(1)).toBe(
      '"a,b","say ""hi""","two\nlines"," pad"\r\n',
    );
  });

  it('writes sources by name and URL, never by id, and keeps an unknown id as it is', () => {
    expect(toCsv([[...sourceCells(['a', 'b'])]], 'en', describe_).slice(1)).toBe(
      'Shifter: «Få; og svake» | b,https://example.org/a b\r\n',
    );
  });

  it('lists the sources the rows name, once each', () => {
    expect(
      sourceIdsOf([
        ['x', ...sourceCells(['a', 'b'])],
        [1, ...sourceCells(['b', 'c'])],
      ]),
    ).toEqual(['a', 'b', 'c']);
  });
});

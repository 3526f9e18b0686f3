// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorHasSelectors, unanchoredHas } from './anchored-has';

/** Designsystemet's component files the app's stylesheet imports (src/styles/designsystemet.css). */
function designsystemetCss(): string {
  const imports = readFileSync(new URL('../src/styles/designsystemet.css', import.meta.url), 'utf8');
  const files = [...imports.matchAll(/@import '@digdir\/designsystemet-css\/([\w-]+\.css)'/g)].map((m) => m[1] ?? '');
  expect(files.length).toBeGreaterThan(10);
  return files
    .map((file) =>
      readFileSync(new URL(`../node_modules/@digdir/designsystemet-css/dist/src/${file}`, import.meta.url), 'utf8'),
    )
    .join('\n');
}

describe('unanchoredHas', () => {
  it('finds :has() selectors any element can be the subject of', () => {
    expect(unanchoredHas(':has(label) .x{a:b}')).toEqual([':has(label) .x']);
    expect(unanchoredHas('.a,:not(:has(thead)) tbody{a:b}')).toEqual(['.a,:not(:has(thead)) tbody']);
    expect(unanchoredHas(':is(:has(>span)) img{a:b}')).toHaveLength(1);
    expect(unanchoredHas(':not(.x):has(p){a:b}')).toHaveLength(1);
    expect(unanchoredHas('*:has(p){a:b}')).toHaveLength(1);
  });

  it('accepts :has() on a compound with a type, class, id or attribute', () => {
    const anchored = [
      'label:has(input:checked){a:b}',
      '.ds-field:where(:has(.ds-input[readonly])) label{a:b}',
      '.ds-fieldset:has(.x):not(:has(.y))>legend{a:b}',
      '[data-x]:hover:has(+tfoot){a:b}',
      '.\\:click-delegate-hover:has(p){a:b}',
      'tbody:not(:has(~tfoot)){a:b}',
    ];
    expect(anchored.flatMap(unanchoredHas)).toEqual([]);
  });
});

describe("Designsystemet's CSS as the app builds it", () => {
  it('has unanchored :has() selectors before the rewrite (else the rewrite is obsolete)', () => {
    expect(unanchoredHas(designsystemetCss()).length).toBeGreaterThan(0);
  });

  it('has none after it', () => {
    expect(unanchoredHas(anchorHasSelectors(designsystemetCss()))).toEqual([]);
  });

  it('fails, naming the rule, when a rewrite finds nothing to rewrite', () => {
    expect(() => anchorHasSelectors('.ds-input{a:b}')).toThrow(/:has\(label\).*input\.css/);
  });
});

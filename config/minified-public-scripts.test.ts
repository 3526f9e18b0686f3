/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLIC_SCRIPTS, minifyScript } from './minified-public-scripts';

describe('the public scripts, minified for the build', () => {
  it.each(PUBLIC_SCRIPTS)('%s keeps its keys and event names and drops its comments', (name) => {
    const source = readFileSync(`public/${name}`, 'utf8');
    const minified = minifyScript(name, source);
    for (const literal of ['klyngeinnsikt.color-scheme', 'klyngeinnsikt.font', 'klyngeinnsikt:app-ready'])
      expect(minified).toContain(literal);
    expect(minified).not.toContain('ADR');
    expect(minified.length).toBeLessThan(source.length / 2);
  });

  it('refuses a script that does not parse', () => {
    expect(() => minifyScript('broken.js', 'if (')).toThrow(/broken\.js/);
  });
});

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  COLOR_SCHEME_STORAGE_KEY,
  parseColorScheme,
  readStoredColorScheme,
  startColorScheme,
  useColorSchemeStore,
  writeStoredColorScheme,
} from './color-scheme';

afterEach(() => {
  localStorage.clear();
  useColorSchemeStore.setState({ scheme: 'auto' });
  document.documentElement.setAttribute('data-color-scheme', 'auto');
});

describe('parseColorScheme', () => {
  it('keeps the three schemes and falls back to auto for anything else', () => {
    expect(parseColorScheme('light')).toBe('light');
    expect(parseColorScheme('dark')).toBe('dark');
    expect(parseColorScheme('auto')).toBe('auto');
    expect(parseColorScheme('DARK')).toBe('auto');
    expect(parseColorScheme(null)).toBe('auto');
    expect(parseColorScheme(undefined)).toBe('auto');
  });
});

describe('stored colour scheme', () => {
  it('reads auto when there is no storage or it throws', () => {
    expect(readStoredColorScheme(undefined)).toBe('auto');
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
    };
    expect(readStoredColorScheme(throwing)).toBe('auto');
  });

  it('saves light and dark, and removes the entry for auto', () => {
    writeStoredColorScheme(localStorage, 'dark');
    expect(localStorage.getItem(COLOR_SCHEME_STORAGE_KEY)).toBe('dark');
    expect(readStoredColorScheme(localStorage)).toBe('dark');
    writeStoredColorScheme(localStorage, 'auto');
    expect(localStorage.getItem(COLOR_SCHEME_STORAGE_KEY)).toBeNull();
  });

  it('never throws when storage is full or blocked', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => writeStoredColorScheme(full, 'light')).not.toThrow();
  });
});

describe('startColorScheme', () => {
  it('applies the saved scheme to <html>, then applies and saves every change', () => {
    localStorage.setItem(COLOR_SCHEME_STORAGE_KEY, 'dark');
    const stop = startColorScheme(window);
    expect(useColorSchemeStore.getState().scheme).toBe('dark');
    expect(document.documentElement.getAttribute('data-color-scheme')).toBe('dark');
    useColorSchemeStore.getState().setScheme('light');
    expect(document.documentElement.getAttribute('data-color-scheme')).toBe('light');
    expect(localStorage.getItem(COLOR_SCHEME_STORAGE_KEY)).toBe('light');
    stop();
    useColorSchemeStore.getState().setScheme('dark');
    expect(document.documentElement.getAttribute('data-color-scheme')).toBe('light');
  });

  it('ignores a saved value it does not know', () => {
    localStorage.setItem(COLOR_SCHEME_STORAGE_KEY, 'sepia');
    const stop = startColorScheme(window);
    expect(document.documentElement.getAttribute('data-color-scheme')).toBe('auto');
    stop();
  });
});

describe('public/before-paint.js (applies the choice before first paint)', () => {
  const script = readFileSync('public/before-paint.js', 'utf8');

  it('reads the same storage key as the store', () => {
    expect(script).toContain(`'${COLOR_SCHEME_STORAGE_KEY}'`);
  });

  it('is loaded by index.html as a file, not inline (a strict CSP forbids inline scripts)', () => {
    const html = readFileSync('index.html', 'utf8');
    expect(html).toMatch(/<script src="%BASE_URL%before-paint\.js"><\/script>/);
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
  });
});

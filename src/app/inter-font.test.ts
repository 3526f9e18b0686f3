import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { INTER_FONT_STORAGE_KEY, cacheInterForNextVisit, type FontHost } from './inter-font';

function host(load: () => Promise<FontFace[]>): FontHost & { saved: Map<string, string> } {
  const saved = new Map<string, string>();
  return {
    root: document.createElement('html'),
    fonts: { load: vi.fn(load) },
    storage: { setItem: (key, value) => saved.set(key, value) },
    saved,
  };
}

describe('cacheInterForNextVisit', () => {
  it('loads Inter and remembers that this browser has it, leaving this visit in the local face', async () => {
    const page = host(() => Promise.resolve([{} as FontFace]));
    await cacheInterForNextVisit(page);
    expect(page.fonts?.load).toHaveBeenCalledWith('1em "Inter Variable"');
    expect(page.root.hasAttribute('data-font')).toBe(false);
    expect(page.saved.get(INTER_FONT_STORAGE_KEY)).toBe('inter');
  });

  it('remembers nothing when the font does not load', async () => {
    for (const load of [() => Promise.reject(new Error('offline')), () => Promise.resolve([])]) {
      const page = host(load);
      await cacheInterForNextVisit(page);
      expect(page.root.hasAttribute('data-font')).toBe(false);
      expect(page.saved.size).toBe(0);
    }
  });

  it('asks for nothing when the page already paints in Inter (set before paint)', async () => {
    const page = host(() => Promise.resolve([{} as FontFace]));
    page.root.setAttribute('data-font', 'inter');
    await cacheInterForNextVisit(page);
    expect(page.fonts?.load).not.toHaveBeenCalled();
  });
});

describe('the scripts that read or set the key outside the app', () => {
  it('use the key the app writes: public/before-paint.js, and the chart snapshots drawn as a returning visitor', () => {
    expect(readFileSync('public/before-paint.js', 'utf8')).toContain(`'${INTER_FONT_STORAGE_KEY}'`);
    expect(readFileSync('scripts/chart-snapshots.mjs', 'utf8')).toContain(`'${INTER_FONT_STORAGE_KEY}'`);
  });
});

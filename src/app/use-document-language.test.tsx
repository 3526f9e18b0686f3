import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { resetFilterStore, useFilterStore } from '../state/filters/filter-store';
import { useDocumentLanguage } from './use-document-language';

/** The `lang` attribute writes on <html> while `run` runs. */
async function langWrites(run: () => void | Promise<void>): Promise<(string | null)[]> {
  const writes: (string | null)[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) writes.push(document.documentElement.getAttribute(record.attributeName ?? ''));
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  await run();
  await Promise.resolve();
  observer.disconnect();
  return writes;
}

describe('useDocumentLanguage', () => {
  afterEach(() => {
    resetFilterStore();
    document.documentElement.lang = '';
  });

  it('leaves <html lang> untouched when it already names the language (the prerendered page)', async () => {
    document.documentElement.lang = 'nb';
    resetFilterStore({ lang: 'nb' });
    const writes = await langWrites(() => {
      renderHook(() => {
        useDocumentLanguage();
      });
    });
    expect(writes).toEqual([]);
    expect(document.documentElement.lang).toBe('nb');
  });

  it('follows a change of language', async () => {
    document.documentElement.lang = 'nb';
    resetFilterStore({ lang: 'nb' });
    renderHook(() => {
      useDocumentLanguage();
    });
    const writes = await langWrites(() => {
      act(() => {
        useFilterStore.setState({ lang: 'en' });
      });
    });
    expect(writes).toEqual(['en']);
  });
});

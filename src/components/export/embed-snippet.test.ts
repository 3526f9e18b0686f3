import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embed-snippet';

describe('embedSnippet', () => {
  it('writes an iframe with the address, a title and a fixed aspect ratio', () => {
    expect(
      embedSnippet({
        src: 'https://klyngeinnsikt.example/embed/ranking?level=gce&lang=en',
        title: 'Ranking – Klyngeinnsikt',
      }),
    ).toBe(
      '<iframe src="https://klyngeinnsikt.example/embed/ranking?level=gce&amp;lang=en" title="Ranking – Klyngeinnsikt" ' +
        'loading="lazy" style="width: 100%; aspect-ratio: 4 / 3; min-height: 640px; border: 0;"></iframe>',
    );
  });

  it('escapes quotes and angle brackets in the title', () => {
    const snippet = embedSnippet({ src: 'https://x.example/embed/a', title: 'A "quoted" <b>title</b>' });
    expect(snippet).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt;"');
    const parsed = new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe');
    expect(parsed?.getAttribute('title')).toBe('A "quoted" <b>title</b>');
  });
});

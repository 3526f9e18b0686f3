/** The localStorage key public/before-paint.js reads: Inter has loaded in this browser (ADR 065). */
export const INTER_FONT_STORAGE_KEY = 'klyngeinnsikt.font';

/** What `loadInterFont` needs of the document (the real one in the browser). */
export interface FontHost {
  root: HTMLElement;
  fonts: Pick<FontFaceSet, 'load'> | undefined;
  storage: Pick<Storage, 'setItem'> | undefined;
}

const browserHost = (): FontHost => ({
  root: document.documentElement,
  fonts: 'fonts' in document ? document.fonts : undefined,
  storage: (() => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  })(),
});

/**
 * Loads Inter after the first paint and then sets it on the page (`data-font="inter"` on <html>,
 * src/styles/fonts.css), remembering that this browser has it, so the next visit paints in it at once.
 * Until then the text is in a local face with Inter's metrics. Resolves once done; a font that does not
 * load leaves that face (nothing else changes).
 */
export async function loadInterFont(host: FontHost = browserHost()): Promise<void> {
  if (host.root.getAttribute('data-font') === 'inter' || !host.fonts) return;
  try {
    // The Latin file: the text of both languages. Other subsets follow as text needs them.
    const faces = await host.fonts.load('1em "Inter Variable"');
    if (faces.length === 0) return;
  } catch {
    return;
  }
  host.root.setAttribute('data-font', 'inter');
  try {
    host.storage?.setItem(INTER_FONT_STORAGE_KEY, 'inter');
  } catch {
    // Storage full or refused: the next visit starts in the local face again.
  }
}

/** The localStorage key public/before-paint.js reads: Inter has loaded in this browser (ADR 065). */
export const INTER_FONT_STORAGE_KEY = 'klyngeinnsikt.font';

/** What `cacheInterForNextVisit` needs of the document (the real one in the browser). */
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
 * Fetches Inter for the next visit and remembers that this browser has it; this visit keeps the local
 * face with Inter's metrics it painted in. Setting Inter now would set every text on the page again in
 * it after the first paint: on `/timeline` at 4× CPU a 540 ms task, 380 ms of it layout (ADR 065). The
 * next visit sets `data-font="inter"` before its first paint (public/before-paint.js), from the browser's
 * cache or the service worker's. Resolves once done; a font that does not load leaves no flag.
 */
export async function cacheInterForNextVisit(host: FontHost = browserHost()): Promise<void> {
  if (host.root.getAttribute('data-font') === 'inter' || !host.fonts) return;
  try {
    // The Latin file: the text of both languages. The face is declared but used by no element, so
    // loading it sets nothing again.
    const faces = await host.fonts.load('1em "Inter Variable"');
    if (faces.length === 0) return;
  } catch {
    return;
  }
  try {
    host.storage?.setItem(INTER_FONT_STORAGE_KEY, 'inter');
  } catch {
    // Storage full or refused: the next visit starts in the local face again.
  }
}

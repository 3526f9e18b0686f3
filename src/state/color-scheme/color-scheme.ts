import { create } from 'zustand';

/**
 * The colour scheme is a user preference, not filter state: it is never in the URL (a shared link
 * should open in the recipient's own scheme). Its one home is this store; it is persisted in
 * localStorage and applied to `<html data-color-scheme>` (which Designsystemet's theme and
 * styles/charts.css read). Nothing here touches window, document or localStorage at module load,
 * so prerendering can import it; the browser starts it with `startColorScheme()` in src/app/boot.ts.
 * public/before-paint.js applies the saved choice before the first paint (see ADR 050).
 */
export const COLOR_SCHEMES = ['auto', 'light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

/** The localStorage key. public/before-paint.js uses the same key (a unit test checks). */
export const COLOR_SCHEME_STORAGE_KEY = 'klyngeinnsikt.color-scheme';

export function isColorScheme(value: unknown): value is ColorScheme {
  return typeof value === 'string' && (COLOR_SCHEMES as readonly string[]).includes(value);
}

/** A stored value, or anything else, as a colour scheme: unknown values fall back to `auto`. */
export function parseColorScheme(value: unknown): ColorScheme {
  return isColorScheme(value) ? value : 'auto';
}

interface ColorSchemeStore {
  scheme: ColorScheme;
  setScheme: (scheme: ColorScheme) => void;
}

export const useColorSchemeStore = create<ColorSchemeStore>()((set) => ({
  scheme: 'auto',
  setScheme: (scheme) => set({ scheme: parseColorScheme(scheme) }),
}));

/** Reads the saved choice; storage may be missing or throw (private mode, blocked cookies). */
export function readStoredColorScheme(storage: Pick<Storage, 'getItem'> | undefined): ColorScheme {
  try {
    return parseColorScheme(storage?.getItem(COLOR_SCHEME_STORAGE_KEY));
  } catch {
    return 'auto';
  }
}

/** Saves the choice; `auto` removes the entry, so the default can change later. Never throws. */
export function writeStoredColorScheme(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
  scheme: ColorScheme,
): void {
  try {
    if (scheme === 'auto') storage?.removeItem(COLOR_SCHEME_STORAGE_KEY);
    else storage?.setItem(COLOR_SCHEME_STORAGE_KEY, scheme);
  } catch {
    // Storage can be full or blocked: the choice then lasts for this page only.
  }
}

function browserStorage(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Starts the colour scheme in the browser: the store takes the saved choice, and from then on every
 * change is applied to `<html data-color-scheme>` and saved. Returns a function that stops it.
 */
export function startColorScheme(win: Window = window): () => void {
  const storage = browserStorage(win);
  const root = win.document.documentElement;
  const apply = (scheme: ColorScheme) => root.setAttribute('data-color-scheme', scheme);
  useColorSchemeStore.setState({ scheme: readStoredColorScheme(storage) });
  apply(useColorSchemeStore.getState().scheme);
  return useColorSchemeStore.subscribe((state, previous) => {
    if (state.scheme === previous.scheme) return;
    apply(state.scheme);
    writeStoredColorScheme(storage, state.scheme);
  });
}

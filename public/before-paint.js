// What the page sets on <html> before its first paint. A file, not an inline script, so a strict CSP
// (script-src 'self') allows it; loaded from index.html's <head>.

// The saved colour scheme (light or dark), so a visitor who chose a scheme other than their system's
// sees no flash. The app's one home for the choice is src/state/color-scheme/color-scheme.ts; keep the
// key in step (a unit test checks). See ADR 050.
(function applySavedColorScheme() {
  try {
    const scheme = window.localStorage.getItem('klyngeinnsikt.color-scheme');
    if (scheme !== 'light' && scheme !== 'dark') return;
    document.documentElement.setAttribute('data-color-scheme', scheme);
    // The prerendered switch says "Auto" until the app runs (it fetches its code after the first
    // paint, ADR 033): show the saved choice there from the start too.
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        const input = document.querySelector(`.color-scheme-switch input[value="${scheme}"]`);
        if (input instanceof HTMLInputElement) input.checked = true;
      },
      { once: true },
    );
  } catch {
    // No storage (private mode, blocked): the system's scheme applies.
  }
})();

// Inter from the first paint when this browser has loaded it before (it is in its cache); a first visit
// stays in a local face sized like Inter and fetches Inter for the next one once the page has loaded.
// src/app/inter-font.ts sets the flag; keep the key in step (a unit test checks). ADR 065.
(function useCachedInter() {
  try {
    if (window.localStorage.getItem('klyngeinnsikt.font') === 'inter')
      document.documentElement.setAttribute('data-font', 'inter');
  } catch {
    // No storage: the first-visit path (the local face).
  }
})();

// Applies the saved colour scheme (light or dark) to <html> before the first paint, so a visitor who
// chose a scheme other than their system's sees no flash. A file, not an inline script, so a strict
// CSP (script-src 'self') allows it. The app's one home for the choice is
// src/state/color-scheme/color-scheme.ts; keep the key in step (a unit test checks). See ADR 050.
(function applySavedColorScheme() {
  try {
    const scheme = window.localStorage.getItem('klyngeinnsikt.color-scheme');
    if (scheme === 'light' || scheme === 'dark') document.documentElement.setAttribute('data-color-scheme', scheme);
  } catch {
    // No storage (private mode, blocked): the system's scheme applies.
  }
})();

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

// A tap on a button before the app runs would be lost: the page is prerendered and its code and data load
// after the first paint (ADR 033), so the button has no handler yet, and while React begins to hydrate, an
// event on markup it is still reading reaches no handler either. Such a tap is kept (the last one) and
// the button clicked again once the app has committed its first render: src/app/start-client.tsx sends
// the event below (keep its name in step; a unit test checks). Checkboxes and radios need none of this:
// they change natively, and React reports an input changed before it hydrated as a change. ADR 036.
(function keepEarlyTaps() {
  let ready = false;
  /** @type {HTMLButtonElement | null} */
  let pending = null;
  document.addEventListener(
    'click',
    (event) => {
      if (ready || !(event.target instanceof Element)) return;
      const button = event.target.closest('#root button');
      if (!(button instanceof HTMLButtonElement)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      pending = button;
    },
    true,
  );
  window.addEventListener(
    'klyngeinnsikt:app-ready',
    () => {
      ready = true;
      const button = pending;
      pending = null;
      if (button !== null && button.isConnected && !button.disabled) button.click();
    },
    { once: true },
  );
})();

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

// A tap on a control before the app runs would be lost: the page is prerendered and its code and data
// load after the first paint (ADR 033), so the control has no handler yet, and while React begins to
// hydrate, an event on markup it is still reading reaches no handler either (a checkbox would toggle on
// screen and the filter not change). Such taps on a button, checkbox or radio are kept (in order, their
// default actions prevented) and the controls clicked again once the app has committed its first
// render: src/app/start-client.tsx sends the event below (keep its name in step; a unit test checks).
// The press that comes before the click (pointer, mouse and touch events) does not reach the app either:
// React hydrates all the markup it has not read yet in one block for such an event (80–160 ms at 4×
// CPU on `/`), where the kept tap lets it go on in slices. Links work without the app. ADR 036.
(function keepEarlyTaps() {
  let ready = false;
  /** @type {(HTMLButtonElement | HTMLInputElement)[]} */
  const pending = [];
  const KEPT = '#root :is(button, input[type="checkbox"], input[type="radio"])';
  /** @param {Event} event */
  const keptControl = (event) => {
    if (ready || !(event.target instanceof Element)) return null;
    const control = event.target.closest(KEPT);
    return control instanceof HTMLButtonElement || control instanceof HTMLInputElement ? control : null;
  };
  for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'touchstart', 'touchend']) {
    document.addEventListener(
      type,
      (event) => {
        // A press on a chip lands on its label (whose click then goes to the checkbox, and is kept there).
        const label = event.target instanceof Element ? event.target.closest('#root label') : null;
        const labelled = !ready && label instanceof HTMLLabelElement && label.control?.matches(KEPT);
        // Not prevented: the press still focuses the control and shows it pressed.
        if (labelled || keptControl(event)) event.stopImmediatePropagation();
      },
      { capture: true, passive: true },
    );
  }
  document.addEventListener(
    'click',
    (event) => {
      const control = keptControl(event);
      if (!control) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      pending.push(control);
    },
    true,
  );
  window.addEventListener(
    'klyngeinnsikt:app-ready',
    () => {
      ready = true;
      // In a task of its own: the app sends the event from an effect, while React finishes its commit,
      // and a click dispatched inside that could not make React hydrate the markup it lands on.
      setTimeout(() => {
        for (const control of pending.splice(0)) if (control.isConnected && !control.disabled) control.click();
      }, 0);
    },
    { once: true },
  );
})();

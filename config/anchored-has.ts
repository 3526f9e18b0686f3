import type { Plugin } from 'vite';

/**
 * Designsystemet's CSS has a few `:has()` selectors whose subject is any element
 * (`:has(label):not(:has(label:hover)) .ds-input`, `:not(:has(thead)) tbody`). Chromium then marks every
 * element of the page as affected by `:has()`, and any node React inserts (a lazy footer, a live chart)
 * invalidates the style of the whole page: a 14–30 ms recalculation after hydration on a phone, more on
 * `/timeline` (ADR 036). The rewrites below give each of them an element to hang on, with the same effect
 * for the markup the app renders.
 */
export const ANCHORED_HAS_REWRITES: readonly { readonly from: string; readonly to: string; readonly why: string }[] = [
  {
    // Hover outline on a text input, except while its label is hovered (a hovered label passes its
    // hover on to its control): a label around it, or one before it, as Field and the toolbar place them.
    from: ':has(label):not(:has(label:hover)) .ds-input',
    to: '.ds-input:not(label:hover *, label:hover ~ .ds-input, label:hover ~ * .ds-input)',
    why: 'input.css: hover outline of a text input',
  },
  {
    // The first body of a table without a head: a head would be a sibling before it.
    from: ':not(:has(thead)) tbody',
    to: 'tbody:not(thead~tbody)',
    why: 'table.css: top border of a table without <thead>',
  },
  {
    // The last body of a table without a foot: a foot would be a sibling after it.
    from: ':not(:has(tfoot)) tbody',
    to: 'tbody:not(:has(~tfoot))',
    why: 'table.css: bottom border of a table without <tfoot>',
  },
];

/** Applies the rewrites; throws, naming the rule, when one finds nothing (Designsystemet changed it). */
export function anchorHasSelectors(css: string): string {
  let result = css;
  for (const { from, to, why } of ANCHORED_HAS_REWRITES) {
    if (!result.includes(from)) {
      throw new Error(`anchored :has(): "${from}" (${why}) is no longer in Designsystemet's CSS; review the rewrite`);
    }
    result = result.split(from).join(to);
  }
  return result;
}

const COMPOUND_END = /[\w\]\\-]/;

/** Index of the `:` that opens the pseudo-class whose `(` is at `open`, or -1. */
function pseudoStart(css: string, open: number): number {
  let i = open - 1;
  while (i >= 0 && /[\w-]/.test(css[i] ?? '')) i -= 1;
  return css[i] === ':' ? i : -1;
}

/** Index of the `(` that matches the `)` at `close`, or -1. */
function matchingOpen(css: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i -= 1) {
    if (css[i] === ')') depth += 1;
    else if (css[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Whether the `:has(` at `index` belongs to a compound selector with a type, class, id or attribute
 * (`label:has(…)`, `.ds-field:where(:has(…))`), rather than to one that any element matches
 * (`:has(…) .x`, `:not(:has(…))`, `:is(:has(…))`).
 */
function isAnchored(css: string, index: number): boolean {
  let i = index - 1;
  for (;;) {
    const c = css[i] ?? '';
    if (c === ')') {
      // A preceding pseudo-class with an argument, as in `:not(.x):has(`: step over it.
      const open = matchingOpen(css, i);
      const start = open < 0 ? -1 : pseudoStart(css, open);
      if (start < 0) return false;
      i = start - 1;
    } else if (c === '(') {
      // Inside another pseudo-class's argument: the compound that pseudo-class belongs to decides.
      const start = pseudoStart(css, i);
      if (start < 0) return false;
      i = start - 1;
    } else if (/[\w-]/.test(c)) {
      // A pseudo-class without an argument (`:hover:has(`) or the end of a type/class/id.
      let j = i;
      while (j >= 0 && /[\w-]/.test(css[j] ?? '')) j -= 1;
      if (css[j] === ':' && css[j - 1] !== '\\') i = j - 1;
      else return true;
    } else {
      return COMPOUND_END.test(c);
    }
  }
}

/** The `:has(` selectors in `css` that any element can be the subject of (see `anchorHasSelectors`). */
export function unanchoredHas(css: string): string[] {
  const found: string[] = [];
  for (let index = css.indexOf(':has('); index >= 0; index = css.indexOf(':has(', index + 1)) {
    if (isAnchored(css, index)) continue;
    const start = Math.max(css.lastIndexOf('}', index), css.lastIndexOf('{', index)) + 1;
    found.push(css.slice(start, css.indexOf('{', index)).trim());
  }
  return found;
}

/**
 * The Vite side: rewrites the compiled Designsystemet stylesheet (`src/styles/designsystemet.css`, its
 * `@import`s already inlined) in the build and the dev server alike.
 */
export function anchoredHasPlugin(): Plugin {
  return {
    name: 'klyngeinnsikt:anchored-has',
    transform(code, id) {
      // Empty under Vitest (`css: false`): nothing to rewrite.
      if (!/\/src\/styles\/designsystemet\.css(\?|$)/.test(id) || code.trim() === '') return null;
      return { code: anchorHasSelectors(code), map: null };
    },
  };
}

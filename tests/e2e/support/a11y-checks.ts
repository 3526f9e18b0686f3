import type { Page } from 'playwright-core';

/** Horizontal overflow of the page: how much wider the document is than the viewport (0 = none). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Interactive targets smaller than 24 × 24 CSS px that no WCAG 2.5.8 exception covers. Exceptions
 * applied: inline links (their size is set by the line height of the text around them), and the
 * spacing exception (a 24 px circle centred on the target touches no other target or circle).
 * An input with a label counts as the larger of the two (the label operates it too); visually hidden
 * elements (1 × 1 px) are not targets.
 */
export async function undersizedTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const SELECTOR =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="tab"], [role="checkbox"], [role="radio"], [role="switch"], [role="slider"], [tabindex]:not([tabindex="-1"])';
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && rect.width > 0 && rect.height > 0;
    };
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${el.textContent.trim().slice(0, 40) || (el.getAttribute('aria-label') ?? '')}"`;
    // An input with a label: the label is part of the target (clicking it operates the input), so
    // the larger of the two counts. Visually hidden elements (1 × 1 px, like a skip link until it is
    // focused) are no pointer target.
    const area = (el: Element) => el.getBoundingClientRect().width * el.getBoundingClientRect().height;
    const targets = [...document.querySelectorAll(SELECTOR)]
      .map((el) => {
        if (!(el instanceof HTMLInputElement) || !el.labels) return el;
        return [el, ...el.labels].reduce((a, b) => (area(b) > area(a) ? b : a));
      })
      .filter((el, i, all) => all.indexOf(el) === i && visible(el) && area(el) > 1);
    const rects = targets.map((el) => el.getBoundingClientRect());
    const small = (r: DOMRect) => r.width < 24 - 0.5 || r.height < 24 - 0.5;
    const inlineLink = (el: Element) => el.tagName === 'A' && getComputedStyle(el).display === 'inline';
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const distanceToRect = (p: { x: number; y: number }, r: DOMRect) =>
      Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
    return targets.flatMap((el, i) => {
      const rect = rects[i];
      if (!rect || !small(rect) || inlineLink(el)) return [];
      const c = centre(rect);
      const crowded = rects.some((other, j) => {
        if (j === i) return false;
        if (small(other)) return Math.hypot(c.x - centre(other).x, c.y - centre(other).y) < 24;
        return distanceToRect(c, other) < 12;
      });
      return crowded ? [`${describe(el)} ${rect.width.toFixed(0)}×${rect.height.toFixed(0)}`] : [];
    });
  });
}

/** Whether the focused element shows a focus indicator (outline or box-shadow, on it or its label). */
export async function focusIndicator(page: Page): Promise<{ element: string; visible: boolean; inViewport: boolean }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return { element: 'body', visible: false, inViewport: false };
    const candidates = [active, ...(active instanceof HTMLInputElement && active.labels ? [...active.labels] : [])];
    const shows = (el: Element) => {
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      return outline || shadow;
    };
    const box = (candidates.find(shows) ?? active).getBoundingClientRect();
    const name = `${active.tagName.toLowerCase()} "${active.textContent.trim().slice(0, 40) || (active.getAttribute('aria-label') ?? '')}"`;
    return {
      element: name,
      visible: candidates.some(shows),
      inViewport: box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth,
    };
  });
}

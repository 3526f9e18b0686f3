/**
 * Static pictures of the charts, drawn by Recharts in Chromium at build time (scripts/chart-snapshots.mjs)
 * and written into the prerendered pages: a phone shows the chart at first paint and runs no chart code
 * until someone reaches for the chart (docs/decisions/035-chart-snapshots.md).
 *
 * A page's chart holds one snapshot per width below; CSS (charts.css) shows the one whose window holds
 * the chart's width, so the picture is the chart as Recharts draws it at that width, scaled by at most
 * 1.5 %. Outside every window (a tablet, a resized window) no snapshot shows and the chart is drawn live.
 * On paper the 680 px one is printed (ChartFrame's print width).
 */
export interface SnapshotWidth {
  /** The chart width the snapshot is drawn at (CSS px). */
  width: number;
  /** The viewport that gives the chart that width (the page's padding is 2 × 16 px; 1120 px is its maximum). */
  viewport: number;
  /** The chart widths the snapshot is shown at (inclusive); `charts.css` has one container query each. */
  min: number;
  max: number;
}

export const SNAPSHOT_WIDTHS: readonly SnapshotWidth[] = [
  { width: 288, viewport: 320, min: 284, max: 292 },
  { width: 328, viewport: 360, min: 324, max: 332 },
  { width: 343, viewport: 375, min: 338, max: 348 },
  { width: 360, viewport: 392, min: 355, max: 365 },
  { width: 381, viewport: 413, min: 376, max: 386 },
  { width: 398, viewport: 430, min: 393, max: 403 },
  // ChartFrame's print width: print.css shows this one on paper.
  { width: 680, viewport: 712, min: 680, max: 680 },
  { width: 1120, viewport: 1280, min: 1120, max: 1120 },
];

/** The element that holds a chart's snapshots, named by the chart's id (`data-chart-snapshot="ranking"`). */
export const SNAPSHOT_SLOT_ATTRIBUTE = 'data-chart-snapshot';
/** What the chart showed when it was drawn (`snapshotKey`): a snapshot is used only while it still matches. */
export const SNAPSHOT_KEY_ATTRIBUTE = 'data-snapshot-key';

/**
 * A short fingerprint of what a chart draws (its data, language, text scale), FNV-1a over the JSON.
 * A snapshot is shown only while the live chart would draw the same: another filter, another language
 * and the chart is drawn live.
 */
export function snapshotKey(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export interface Snapshot {
  markup: string;
  key: string;
}

let hydrating: Map<string, Snapshot> | null = null;

/**
 * Takes the snapshots out of the prerendered markup before hydrating it: the charts render them as they
 * are (the same markup, so hydration matches) until they go live. Called once, by the client's start.
 */
export function collectSnapshots(root: ParentNode): void {
  hydrating = new Map();
  for (const slot of Array.from(root.querySelectorAll(`[${SNAPSHOT_SLOT_ATTRIBUTE}]`))) {
    const id = slot.getAttribute(SNAPSHOT_SLOT_ATTRIBUTE) ?? '';
    const key = slot.getAttribute(SNAPSHOT_KEY_ATTRIBUTE) ?? '';
    if (id !== '' && slot.innerHTML !== '') hydrating.set(id, { markup: slot.innerHTML, key });
  }
}

/** After hydration: a chart mounted later (another view, a slide) has no snapshot and draws live. */
export function releaseSnapshots(): void {
  hydrating = null;
}

/** The snapshot the prerendered page holds for this chart, while the page is being hydrated. */
export function hydratingSnapshot(id: string): Snapshot | null {
  return hydrating?.get(id) ?? null;
}

/**
 * The four levels of the cluster programme, lowest to highest. A plain constant (no zod), so code on the
 * first view's critical path (the filter store, the URL codec) can use it without loading the schemas.
 */
export const LEVEL_IDS = ['arena', 'arena-pro', 'nce', 'gce'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

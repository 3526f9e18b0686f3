/**
 * Where a figure is drawn: on its view's page, as a presentation slide, small in the speaker view's
 * preview, or alone on an embed page framed by another site (ADR 063). The page, its slide and its embed
 * draw the same figure component with another variant; only the page has the toolbar.
 */
export type FigureVariant = 'page' | 'slide' | 'preview' | 'embed';

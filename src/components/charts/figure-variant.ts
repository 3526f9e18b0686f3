/**
 * Where a figure is drawn: on its view's page, as a presentation slide, or small in the speaker
 * view's preview. The page and its slide draw the same figure component with another variant.
 */
export type FigureVariant = 'page' | 'slide' | 'preview';

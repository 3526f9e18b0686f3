import { createContext, useContext } from 'react';

/**
 * How much larger a chart draws its text (and the room its labels need) than on its page. 1 on the
 * pages; presentation mode provides a larger factor so chart labels on a slide are as legible as the
 * slide's own type (docs/decisions/023-slide-legibility.md). Charts multiply their font sizes and label
 * widths by it; the slide as a whole is then scaled to the screen.
 */
export const ChartTextScaleContext = createContext(1);

export function useChartTextScale(): number {
  return useContext(ChartTextScaleContext);
}

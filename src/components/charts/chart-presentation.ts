import { createContext, useContext } from 'react';

/**
 * How a chart's full-screen button opens presentation mode. Provided by the app layer (which knows
 * the slides); shared chart code only asks for "the slide of this chart". See ADR 020.
 */
export interface ChartPresentation {
  /** Opens presentation mode at the chart's slide, from a click; `opener` gets focus back on leaving. */
  open: (chartId: string, opener: HTMLElement) => void;
}

export const ChartPresentationContext = createContext<ChartPresentation | null>(null);

export function useChartPresentation(): ChartPresentation | null {
  return useContext(ChartPresentationContext);
}

import { createContext, useContext } from 'react';

/**
 * How a chart's full-screen button (ChartToolbar) opens presentation mode. Provided by presentation
 * mode (features/presenter/presenter-provider.tsx, mounted by pages/presentation-layer.tsx with the
 * slide deck), so shared chart code only asks for "the slide of this chart". See ADR 020.
 */
export interface ChartPresentation {
  /** Opens presentation mode at the chart's slide, from a click; `opener` gets focus back on leaving. */
  open: (chartId: string, opener: HTMLElement) => void;
}

export const ChartPresentationContext = createContext<ChartPresentation | null>(null);

export function useChartPresentation(): ChartPresentation | null {
  return useContext(ChartPresentationContext);
}

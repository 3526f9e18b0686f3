import type { Dataset } from '../../data/validate';
import { useLang } from '../../i18n/use-messages';
import type { Slide } from './slides';

/** A slide's content: the drawing its view declared (the view's own figure, or the cluster fact slide). */
export function SlideBody({
  slide,
  dataset,
  revealed,
  variant,
}: {
  slide: Slide;
  dataset: Dataset;
  revealed: number | null;
  variant: 'slide' | 'preview';
}) {
  return <>{slide.draw({ dataset, revealed, variant })}</>;
}

/** The slide's name, for its accessible label and the speaker view. */
export function useSlideTitle(slide: Slide): string {
  return slide.title(useLang());
}

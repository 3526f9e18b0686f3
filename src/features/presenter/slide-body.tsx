import { Heading } from '@digdir/designsystemet-react';
import type { Dataset } from '../../data/validate';
import { useMessages } from '../../i18n/use-messages';
import { ClusterSlide } from './cluster-slide';
import { presenterMessages } from './presenter-messages';
import type { RenderSlide } from './render-slide';
import type { Slide } from './slides';

/** A slide's content: the page's renderer, else the presenter's own (cluster facts, or the title). */
export function SlideBody({
  slide,
  dataset,
  renderSlide,
  revealed,
  variant,
}: {
  slide: Slide;
  dataset: Dataset;
  renderSlide: RenderSlide;
  revealed: number | null;
  variant: 'slide' | 'preview';
}) {
  const t = useMessages(presenterMessages);
  const rendered = renderSlide(slide, { dataset, revealed, variant });
  if (rendered !== undefined && rendered !== null) return <>{rendered}</>;
  if (slide.kind === 'cluster') return <ClusterSlide slug={slide.slug} dataset={dataset} />;
  return (
    <Heading level={2} data-size="xl">
      {t.slideTitle[slide.kind]}
    </Heading>
  );
}

/** The slide's name, for its accessible label and the speaker view. */
export function useSlideTitle(slide: Slide): string {
  const t = useMessages(presenterMessages);
  return slide.kind === 'cluster' ? slide.name : t.slideTitle[slide.kind];
}

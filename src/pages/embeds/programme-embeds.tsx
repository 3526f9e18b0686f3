import { PROGRAMME_CHARTS, ProgrammeFigure, type ProgrammeChart } from '../../features/programme/programme-figure';
import type { Dataset } from '../../data/validate';
import type { ViewEmbeds } from '../views/view-definition';

/** One /programme figure alone, whole (all its years; the programme reads no filter). */
const embedOf = (chart: ProgrammeChart) =>
  function ProgrammeEmbed({ dataset }: { dataset: Dataset }) {
    return <ProgrammeFigure dataset={dataset} chart={chart} variant="embed" />;
  };

export const programmeEmbeds: ViewEmbeds = Object.fromEntries(PROGRAMME_CHARTS.map((chart) => [chart, embedOf(chart)]));

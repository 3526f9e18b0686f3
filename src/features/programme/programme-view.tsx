import type { Dataset } from '../../data/validate';
import { PROGRAMME_CHARTS, ProgrammeFigure } from './programme-figure';

/** /programme below its heading: the programme year by year, each figure as a chart with its table and sources. */
export function ProgrammeView({ dataset }: { dataset: Dataset }) {
  return (
    <>
      {PROGRAMME_CHARTS.map((chart) => (
        <ProgrammeFigure key={chart} dataset={dataset} chart={chart} />
      ))}
    </>
  );
}

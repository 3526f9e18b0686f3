import { useMemo } from 'react';
import { LEVEL_IDS, type LevelId } from '../../data/schema/level-ids';
import type { Dataset } from '../../data/validate';
import { useLang, useMessages } from '../../i18n/use-messages';
import { programmeMessages } from './programme-messages';
import {
  budgetByYear,
  clustersByYear,
  effectsByYear,
  intakesByYearAndLevel,
  memberFirmsByYear,
} from './programme-series';
import { YearBarsFigure } from './year-bars-figure';
import type { TextContext } from './year-bars-text';
import './programme.css';

/** /programme below its heading: the programme year by year, each figure as a chart with its table and sources. */
export function ProgrammeView({ dataset, fixedWidth }: { dataset: Dataset; fixedWidth?: number }) {
  const t = useMessages(programmeMessages);
  const lang = useLang();
  const { programme, levels, sources } = dataset;
  const levelNames = useMemo(() => {
    const byId = Object.fromEntries(LEVEL_IDS.map((id) => [id, id])) as Record<LevelId, string>;
    for (const level of levels) byId[level.id] = level.name;
    return byId;
  }, [levels]);
  const ctx: TextContext = { t, lang, levelNames, sources };
  const width = fixedWidth === undefined ? {} : { fixedWidth };
  return (
    <>
      <YearBarsFigure
        chartId="programme-clusters"
        title={t.clustersTitle}
        subject={t.clustersSubject}
        data={clustersByYear(programme)}
        ctx={ctx}
        {...width}
      />
      <YearBarsFigure
        chartId="programme-intakes"
        title={t.intakesTitle}
        subject={t.intakesSubject}
        data={intakesByYearAndLevel(programme)}
        ctx={ctx}
        withApplicants
        {...width}
      />
      <YearBarsFigure
        chartId="programme-budget"
        title={t.budgetTitle}
        subject={t.budgetSubject}
        data={budgetByYear(programme)}
        ctx={ctx}
        {...width}
      />
      <YearBarsFigure
        chartId="programme-member-firms"
        title={t.firmsTitle}
        subject={t.firmsSubject}
        data={memberFirmsByYear(programme)}
        ctx={ctx}
        {...width}
      />
      <YearBarsFigure
        chartId="programme-effects"
        title={t.effectsTitle}
        subject={t.effectsSubject}
        data={effectsByYear(programme)}
        ctx={ctx}
        {...width}
      />
    </>
  );
}

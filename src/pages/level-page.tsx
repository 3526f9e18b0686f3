import { useParams } from 'react-router-dom';
import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { PrintHandoutSlot } from '../components/print/print-handout-slot';
import { LevelDetail } from '../features/levels/level-detail';
import { levelMessages } from '../features/levels/level-messages';
import { LevelNotFound } from '../features/levels/level-not-found';
import { levelTitle, parseLevelParam } from '../domain/levels';
import { useDataset } from '../data/use-dataset';
import { useLang, useMessages } from '../i18n/use-messages';

/** /levels/:level — one level in depth; an unknown level gets a not-found answer. */
export function LevelPage() {
  const t = useMessages(levelMessages);
  const lang = useLang();
  const raw = useParams().level ?? '';
  const levelId = parseLevelParam(raw);
  const level = useDataset().data?.levels.find((l) => l.id === levelId);

  if (levelId === null) {
    return (
      <>
        <PageHead title={t.notFoundTitle} />
        <PageHeading>{t.notFoundTitle}</PageHeading>
        <LevelNotFound raw={raw} />
      </>
    );
  }
  const title = level ? levelTitle(level, lang) : t.title;
  return (
    <>
      <PageHead title={title} {...(level ? { description: level.description.text[lang] } : {})} />
      <PageHeading>{title}</PageHeading>
      <DatasetGate>{(dataset) => <LevelDetail dataset={dataset} levelId={levelId} />}</DatasetGate>
      <PrintHandoutSlot />
    </>
  );
}

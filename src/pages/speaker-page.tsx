import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { presenterMessages } from '../features/presenter/presenter-messages';
import { SpeakerView } from '../features/presenter/speaker-view';
import { useMessages } from '../i18n/use-messages';
import { slideDeck } from './views/deck';

/** /speaker: the speaker view of presentation mode, opened in a second window. */
export function SpeakerPage() {
  const t = useMessages(presenterMessages);
  return (
    <>
      <PageHead title={t.speaker.title} />
      <DatasetGate>{(dataset) => <SpeakerView dataset={dataset} deck={slideDeck} />}</DatasetGate>
    </>
  );
}

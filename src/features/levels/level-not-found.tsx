import { List, ListItem, Paragraph } from '@digdir/designsystemet-react';
import { AppLink } from '../../components/ui/app-link';
import { LEVEL_IDS } from '../../data/schema/level-ids';
import { useMessages } from '../../i18n/use-messages';
import { paths } from '../../lib/paths';
import { levelMessages } from './level-messages';

const LEVEL_LABEL = { arena: 'Arena', 'arena-pro': 'Arena Pro', nce: 'NCE', gce: 'GCE' } as const;

/** The body of the not-found answer for /levels/<unknown>: what was asked for, and the ways on. Needs no data. */
export function LevelNotFound({ raw }: { raw: string }) {
  const t = useMessages(levelMessages);
  return (
    <>
      <Paragraph>{t.notFoundBody(raw)}</Paragraph>
      <Paragraph>{t.notFoundChoose}</Paragraph>
      <List.Unordered>
        {LEVEL_IDS.map((id) => (
          <ListItem key={id}>
            <AppLink to={paths.level(id)}>{LEVEL_LABEL[id]}</AppLink>
          </ListItem>
        ))}
      </List.Unordered>
      <Paragraph>
        <AppLink to={paths.levels()}>{t.backToLevels}</AppLink>
      </Paragraph>
    </>
  );
}

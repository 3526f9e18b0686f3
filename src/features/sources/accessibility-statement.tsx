import { Heading, List, ListItem, Paragraph } from '@digdir/designsystemet-react';
import { useMessages } from '../../i18n/use-messages';
import { accessibilityMessages } from './accessibility-messages';

/** The accessibility statement: the goal, what is tested and how, and what is known to fall short. */
export function AccessibilityStatement() {
  const t = useMessages(accessibilityMessages);
  return (
    <section aria-labelledby="accessibility-heading" id="tilgjengelighet">
      <Heading level={2} data-size="md" id="accessibility-heading">
        {t.heading}
      </Heading>
      <Paragraph>{t.goal}</Paragraph>
      <Heading level={3} data-size="sm">
        {t.testedHeading}
      </Heading>
      <List.Unordered>
        {t.tested.map((item) => (
          <ListItem key={item}>{item}</ListItem>
        ))}
      </List.Unordered>
      <Heading level={3} data-size="sm">
        {t.gapsHeading}
      </Heading>
      <List.Unordered>
        {t.gaps.map((item) => (
          <ListItem key={item}>{item}</ListItem>
        ))}
      </List.Unordered>
      <Paragraph data-size="sm">{t.updated}</Paragraph>
    </section>
  );
}

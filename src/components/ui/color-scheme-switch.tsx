import { ToggleGroup } from '@digdir/designsystemet-react';
import { useMessages } from '../../i18n/use-messages';
import { COLOR_SCHEMES, parseColorScheme, useColorSchemeStore } from '../../state/color-scheme/color-scheme';
import { colorSchemeMessages } from './color-scheme-messages';

/**
 * Auto (follow the device), light or dark: a Designsystemet ToggleGroup (radio buttons, so arrow keys
 * move between the three). A user preference, never in the URL; see state/color-scheme.
 */
export function ColorSchemeSwitch() {
  const t = useMessages(colorSchemeMessages);
  const scheme = useColorSchemeStore((s) => s.scheme);
  const setScheme = useColorSchemeStore((s) => s.setScheme);
  return (
    <ToggleGroup
      aria-label={t.label}
      data-size="sm"
      variant="secondary"
      value={scheme}
      onChange={(value) => setScheme(parseColorScheme(value))}
      className="color-scheme-switch"
    >
      {COLOR_SCHEMES.map((option) => (
        <ToggleGroup.Item key={option} value={option} title={option === 'auto' ? t.autoTitle : undefined}>
          {t[option]}
        </ToggleGroup.Item>
      ))}
    </ToggleGroup>
  );
}

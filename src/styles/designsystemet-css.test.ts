/// <reference types="node" />
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * src/styles/designsystemet.css imports only the component CSS the app uses. This test keeps it honest:
 * every component imported from @digdir/designsystemet-react must have its CSS file(s) imported there.
 * Keys are name prefixes (TableCell → Table); hooks and types need no CSS.
 */
const CSS_OF: Record<string, readonly string[]> = {
  Alert: ['alert'],
  Avatar: ['avatar'],
  Badge: ['badge'],
  Breadcrumbs: ['breadcrumbs', 'link'],
  Button: ['button'],
  Card: ['card'],
  Checkbox: ['input', 'field'],
  Chip: ['chip'],
  Combobox: ['combobox'],
  Details: ['details'],
  Dialog: ['dialog'],
  Divider: ['divider'],
  Dropdown: ['dropdown'],
  ErrorSummary: ['error-summary'],
  Field: ['field'],
  Fieldset: ['fieldset'],
  Heading: ['heading'],
  Input: ['input'],
  Label: ['label'],
  Link: ['link'],
  List: ['list'],
  Pagination: ['pagination', 'button'],
  Paragraph: ['paragraph'],
  Popover: ['popover'],
  Radio: ['input', 'field'],
  Search: ['search', 'input'],
  Select: ['input'],
  Skeleton: ['skeleton'],
  SkipLink: ['skip-link'],
  Spinner: ['spinner'],
  Suggestion: ['suggestion'],
  Switch: ['input', 'field'],
  Table: ['table'],
  Tabs: ['tabs'],
  Tag: ['tag'],
  Textarea: ['input'],
  Textfield: ['field', 'input', 'label', 'validation-message'],
  ToggleGroup: ['toggle-group'],
  Tooltip: ['tooltip'],
  ValidationMessage: ['validation-message'],
};

const srcDir = join(process.cwd(), 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Names imported (as values) from @digdir/designsystemet-react anywhere in src/. */
function usedComponents(): string[] {
  const names = new Set<string>();
  const importPattern = /import\s*\{([^}]*)\}\s*from\s*'@digdir\/designsystemet-react'/g;
  for (const file of sourceFiles(srcDir)) {
    for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
      for (const part of (match[1] ?? '').split(',')) {
        const name =
          part
            .trim()
            .split(/\s+as\s+/)[0]
            ?.trim() ?? '';
        if (name && !name.startsWith('type ') && !/^use[A-Z]/.test(name) && !/Props$/.test(name)) names.add(name);
      }
    }
  }
  return [...names].sort();
}

function cssFilesFor(name: string): readonly string[] | undefined {
  const key = Object.keys(CSS_OF)
    .filter((prefix) => name.startsWith(prefix))
    .sort((a, b) => b.length - a.length)[0];
  return key ? CSS_OF[key] : undefined;
}

describe('src/styles/designsystemet.css', () => {
  const stylesheet = readFileSync(join(srcDir, 'styles', 'designsystemet.css'), 'utf8');
  const imported = new Set(
    [...stylesheet.matchAll(/@import '@digdir\/designsystemet-css\/([a-z-]+)\.css'/g)].map((m) => m[1]),
  );

  it('imports the CSS of every Designsystemet component the app uses', () => {
    const used = usedComponents();
    expect(used.length).toBeGreaterThan(0);
    const missing = used.flatMap((name) => {
      const files = cssFilesFor(name);
      if (!files) return [`${name}: not in CSS_OF of this test; add it with its CSS file(s)`];
      return files.filter((file) => !imported.has(file)).map((file) => `${name}: ${file}.css`);
    });
    expect(missing).toEqual([]);
  });

  it('imports the base styles first', () => {
    expect([...imported][0]).toBe('base');
  });
});

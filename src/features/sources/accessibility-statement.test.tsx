import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resetFilterStore } from '../../state/filters/filter-store';
import { AccessibilityStatement } from './accessibility-statement';

describe('AccessibilityStatement', () => {
  it('says in Norwegian what is tested and what falls short', () => {
    render(<AccessibilityStatement />);
    const section = screen.getByRole('region', { name: 'Tilgjengelighet' });
    expect(
      within(section).getByRole('heading', { level: 3, name: 'Hva som er testet, og hvordan' }),
    ).toBeInTheDocument();
    expect(within(section).getByRole('heading', { level: 3, name: 'Kjente mangler' })).toBeInTheDocument();
    expect(within(section).getByText(/axe-core \(WCAG 2\.0, 2\.1 og 2\.2/)).toBeInTheDocument();
    expect(within(section).getByText(/ikke testet med skjermlesere/)).toBeInTheDocument();
  });

  it('is in English with lang=en', () => {
    resetFilterStore({ lang: 'en' });
    render(<AccessibilityStatement />);
    const section = screen.getByRole('region', { name: 'Accessibility' });
    expect(within(section).getByRole('heading', { level: 3, name: 'Known shortcomings' })).toBeInTheDocument();
    expect(within(section).getAllByRole('listitem').length).toBeGreaterThanOrEqual(8);
  });
});

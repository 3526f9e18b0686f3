import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { renderWithProviders } from '../../../tests/render';
import type { SlideDeck } from './render-slide';
import type { Slide } from './slides';
import { SpeakerView } from './speaker-view';

const dataset = loadBundledDataset();
const slide = (chartId: string): Slide => ({
  chartId,
  title: () => chartId,
  draw: () => <p>{chartId}</p>,
  sourceIds: () => [],
  notes: () => ({ figures: [], unknowns: [] }),
});
const slides = ['one', 'two', 'three', 'four', 'five'].map(slide);
const deck: SlideDeck = { load: () => Promise.resolve(() => slides) };
const count = slides.length;
/** The speaker view's heading once the deck has loaded (it loads lazily). */
const heading = (n: number) =>
  screen.findByRole('heading', { level: 1, name: new RegExp(`Lysbilde ${n} av ${count}`) });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('SpeakerView', () => {
  it('says it is linked to the main window when it can be', async () => {
    renderWithProviders(<SpeakerView dataset={dataset} deck={deck} />, { filters: { present: true } });
    expect(await screen.findByText(/Koblet til hovedvinduet/)).toBeInTheDocument();
    expect(screen.queryByText(/kan ikke holde vinduene i takt/)).not.toBeInTheDocument();
  });

  it('without BroadcastChannel shows the alert and does not claim to be linked', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    renderWithProviders(<SpeakerView dataset={dataset} deck={deck} />, { filters: { present: true } });
    expect(await screen.findByText(/kan ikke holde vinduene i takt/)).toBeInTheDocument();
    expect(screen.queryByText(/Koblet til hovedvinduet/)).not.toBeInTheDocument();
  });

  it('keeps stepping with the arrow keys after a click on Next or Previous', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SpeakerView dataset={dataset} deck={deck} />, { filters: { present: true, slide: 2 } });
    await heading(2);
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`Lysbilde 3 av ${count}`);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`Lysbilde 4 av ${count}`);
    await user.click(screen.getByRole('button', { name: 'Forrige' }));
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`Lysbilde 2 av ${count}`);
  });

  it('lets a focused button take Space for itself (one step, not two)', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SpeakerView dataset={dataset} deck={deck} />, { filters: { present: true, slide: 2 } });
    await heading(2);
    screen.getByRole('button', { name: 'Neste' }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`Lysbilde 3 av ${count}`);
  });
});

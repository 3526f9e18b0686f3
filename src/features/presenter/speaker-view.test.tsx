import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { renderWithProviders } from '../../../tests/render';
import { PRESENTER_CHANNEL, type PresenterMessage } from './presenter-channel';
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
const heading = () => screen.getByRole('heading', { level: 1 });

const rooms: BroadcastChannel[] = [];

/** A presenting window on slide `at`: answers a hello with where it stands, and records what it is sent. */
function room(at: number) {
  const channel = new BroadcastChannel(PRESENTER_CHANNEL);
  rooms.push(channel);
  const received: PresenterMessage[] = [];
  const stand = (slideNumber: number) =>
    channel.postMessage({
      type: 'state',
      slide: slideNumber,
      step: null,
      levels: [],
      q: '',
    } satisfies PresenterMessage);
  channel.onmessage = (event: MessageEvent<PresenterMessage>) => {
    received.push(event.data);
    if (event.data.type === 'hello') stand(at);
  };
  return { received, stand, end: () => channel.postMessage({ type: 'ended' } satisfies PresenterMessage) };
}

afterEach(() => {
  vi.unstubAllGlobals();
  for (const channel of rooms.splice(0)) channel.close();
});

describe('SpeakerView', () => {
  it('joins the presentation at the slide the presenting window shows, whatever its own link said', async () => {
    room(4);
    renderWithProviders(<SpeakerView dataset={dataset} deck={deck} />, { filters: { present: true, slide: 2 } });
    expect(await screen.findByRole('heading', { level: 1, name: /Lysbilde 4 av 5/ })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/Følger presentasjonen/);
  });

  it('sends Next and Previous as steps (never a slide number) and shows the slide the room then chooses', async () => {
    const user = userEvent.setup();
    const { received, stand } = room(2);
    renderWithProviders(<SpeakerView dataset={dataset} deck={deck} />);
    await screen.findByRole('heading', { level: 1, name: /Lysbilde 2 av 5/ });
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    await waitFor(() => expect(received.at(-1)).toEqual({ type: 'step', step: 'next' }));
    expect(received.some((m) => m.type === 'state')).toBe(false);
    // Nothing moves until the room says so.
    expect(heading()).toHaveTextContent(`Lysbilde 2 av ${count}`);
    stand(3);
    await screen.findByRole('heading', { level: 1, name: /Lysbilde 3 av 5/ });
    // Keys keep working after the click; Space on the focused button is the button's (one step).
    await user.keyboard('{ArrowRight}');
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: 'Forrige' }));
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(received.filter((m) => m.type === 'step')).toHaveLength(5));
    const steps = received.flatMap((m) => (m.type === 'step' ? [m.step] : []));
    expect(steps).toEqual(['next', 'next', 'next', 'previous', 'previous']);
  });

  it('says the presentation ended when the presenting window ends it, and offers no buttons then', async () => {
    const { end } = room(3);
    renderWithProviders(<SpeakerView dataset={dataset} deck={deck} />);
    await screen.findByRole('button', { name: 'Neste' });
    end();
    expect(await screen.findByText(/Presentasjonen er avsluttet i hovedvinduet/)).toBeInTheDocument();
    expect(screen.queryByText(/Følger presentasjonen/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Neste' })).not.toBeInTheDocument();
  });

  it('says plainly that no presentation is running, and offers nothing that moves a room', async () => {
    renderWithProviders(<SpeakerView dataset={dataset} deck={deck} />, { filters: { present: true, slide: 2 } });
    expect(await screen.findByText(/Ingen presentasjon kjører/, undefined, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(heading()).toHaveTextContent(/^Talervisning$/);
  });

  it('without BroadcastChannel shows the alert and does not claim to be linked', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    renderWithProviders(<SpeakerView dataset={dataset} deck={deck} />, { filters: { present: true } });
    expect(await screen.findByText(/kan ikke holde vinduene i takt/)).toBeInTheDocument();
    expect(screen.queryByText(/Følger presentasjonen/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

import { useEffect, useEffectEvent } from 'react';
import { LEVEL_IDS, type LevelId } from '../../data/schema/level-ids';
import { MAX_QUERY_LENGTH } from '../../state/filters/filter-state';
import { useFilterStore, type FilterStore } from '../../state/filters/filter-store';
import type { SlideStep } from './slides';

export const PRESENTER_CHANNEL = 'klyngeinnsikt-presenter';

/** Where the presenting window stands: its slide, its reveal step, and the filters that decide its deck. */
export interface RoomState {
  slide: number;
  step: number | null;
  levels: LevelId[];
  q: string;
}

/**
 * What the windows tell each other (ADR 020). The presenting window (the room) is the only one that
 * chooses a slide: it says where it stands (`state`) when it starts, on every move and when asked, and
 * that it has `ended`. A speaker window asks (`hello`) and sends relative commands (`step`) only.
 */
export type PresenterMessage =
  { type: 'hello' } | ({ type: 'state' } & RoomState) | { type: 'ended' } | { type: 'step'; step: SlideStep };

const STEPS: readonly string[] = ['next', 'previous', 'first', 'last'] satisfies SlideStep[];
const isPositive = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 1;
const isLevel = (value: unknown) => typeof value === 'string' && (LEVEL_IDS as readonly string[]).includes(value);

export function isPresenterMessage(data: unknown): data is PresenterMessage {
  if (typeof data !== 'object' || data === null || !('type' in data)) return false;
  switch (data.type) {
    case 'hello':
    case 'ended':
      return true;
    case 'step':
      return 'step' in data && typeof data.step === 'string' && STEPS.includes(data.step);
    case 'state':
      return (
        'slide' in data &&
        isPositive(data.slide) &&
        'step' in data &&
        (data.step === null || isPositive(data.step)) &&
        'levels' in data &&
        Array.isArray(data.levels) &&
        data.levels.every(isLevel) &&
        'q' in data &&
        typeof data.q === 'string' &&
        data.q.length <= MAX_QUERY_LENGTH
      );
    default:
      return false;
  }
}

export function roomStateOf(store: Pick<FilterStore, 'slide' | 'step' | 'levels' | 'q'>): RoomState {
  return { slide: store.slide, step: store.step, levels: [...store.levels], q: store.q };
}

/**
 * The presenting window's side of the channel, while its presentation is shown: says where it stands
 * on start, on every move and to a speaker window that asks; applies a speaker window's steps exactly
 * as its own keys do (`onStep`); says `ended` when the presentation closes or the page goes away.
 */
export function useRoomChannel(onStep: (step: SlideStep) => void): void {
  const applyStep = useEffectEvent(onStep);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PRESENTER_CHANNEL);
    const send = (message: PresenterMessage) => channel.postMessage(message);
    const sendState = () => {
      const store = useFilterStore.getState();
      if (store.present) send({ type: 'state', ...roomStateOf(store) });
    };
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isPresenterMessage(message)) return;
      if (message.type === 'hello') sendState();
      else if (message.type === 'step') applyStep(message.step);
    };
    const unsubscribe = useFilterStore.subscribe((next, prev) => {
      const moved =
        next.slide !== prev.slide ||
        next.step !== prev.step ||
        next.q !== prev.q ||
        next.levels.join('~') !== prev.levels.join('~');
      if (next.present && moved) sendState();
    });
    const onPageHide = () => send({ type: 'ended' });
    window.addEventListener('pagehide', onPageHide);
    sendState();
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', onPageHide);
      send({ type: 'ended' });
      channel.close();
    };
  }, []);
}

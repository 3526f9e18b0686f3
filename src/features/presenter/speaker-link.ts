import { useEffect, useRef, useState } from 'react';
import { useFilterStore } from '../../state/filters/filter-store';
import { isPresenterMessage, PRESENTER_CHANNEL, type PresenterMessage } from './presenter-channel';
import type { SlideStep } from './slides';

/**
 * The speaker window's link to the presenting window: `searching` (asked, no answer yet), `linked`
 * (follows it), `none` (no presentation answered), `ended` (the one it followed has ended),
 * `unsupported` (no BroadcastChannel in this browser).
 */
export type SpeakerLinkStatus = 'unsupported' | 'searching' | 'linked' | 'none' | 'ended';

/** What the speaker window learns: the room said where it stands, the room ended, or nobody answered. */
export type SpeakerLinkEvent = 'state' | 'ended' | 'no-answer';

/** How long the speaker window waits for an answer before it says no presentation is running. */
export const SEARCH_TIMEOUT_MS = 1500;

/** The link's status after an event (pure). A room that starts later is joined whatever came before. */
export function nextLinkStatus(status: SpeakerLinkStatus, event: SpeakerLinkEvent): SpeakerLinkStatus {
  if (status === 'unsupported') return status;
  switch (event) {
    case 'state':
      return 'linked';
    case 'ended':
      return status === 'linked' ? 'ended' : status;
    case 'no-answer':
      return status === 'searching' ? 'none' : status;
  }
}

/** Only a linked speaker window may move the room. */
export function canMoveRoom(status: SpeakerLinkStatus): boolean {
  return status === 'linked';
}

/**
 * Joins the running presentation, however this window was opened: asks the room where it stands,
 * shows that (its own store and URL follow), and gives a `send` that moves the room one step, only
 * while linked. It never sends a slide number: the room decides.
 */
export function useSpeakerLink(): { status: SpeakerLinkStatus; send: (step: SlideStep) => void } {
  const supported = typeof BroadcastChannel !== 'undefined';
  const [status, setStatus] = useState<SpeakerLinkStatus>(supported ? 'searching' : 'unsupported');
  const channelRef = useRef<BroadcastChannel | null>(null);
  const statusRef = useRef(status);
  useEffect(() => {
    statusRef.current = status;
  }, [status]);

  useEffect(() => {
    if (!supported) return;
    const channel = new BroadcastChannel(PRESENTER_CHANNEL);
    channelRef.current = channel;
    const update = (event: SpeakerLinkEvent) => setStatus((current) => nextLinkStatus(current, event));
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = event.data;
      if (!isPresenterMessage(message)) return;
      if (message.type === 'state') {
        const { slide, step, levels, q } = message;
        useFilterStore.getState().followPresentation({ slide, step, levels, q });
        update('state');
      } else if (message.type === 'ended') update('ended');
    };
    channel.postMessage({ type: 'hello' } satisfies PresenterMessage);
    const timer = setTimeout(() => update('no-answer'), SEARCH_TIMEOUT_MS);
    return () => {
      clearTimeout(timer);
      channelRef.current = null;
      channel.close();
    };
  }, [supported]);

  const send = (step: SlideStep) => {
    if (!canMoveRoom(statusRef.current)) return;
    channelRef.current?.postMessage({ type: 'step', step } satisfies PresenterMessage);
  };
  return { status, send };
}

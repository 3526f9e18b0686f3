import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { VerticalBarKeys, verticalBarKey } from './vertical-bar-keys';

describe('verticalBarKey', () => {
  it('sends Down and Up to the keys Recharts steps down and up with in a vertical layout', () => {
    expect(verticalBarKey('ArrowDown')).toEqual({ send: 'ArrowLeft' });
    expect(verticalBarKey('ArrowUp')).toEqual({ send: 'ArrowRight' });
  });

  it('swallows Left and Right (they do not match the drawing) and passes the rest', () => {
    expect(verticalBarKey('ArrowLeft')).toBe('swallow');
    expect(verticalBarKey('ArrowRight')).toBe('swallow');
    expect(verticalBarKey('Enter')).toBe('pass');
    expect(verticalBarKey('Escape')).toBe('pass');
  });
});

describe('VerticalBarKeys', () => {
  it('lets the chart inside receive the re-routed key, once', async () => {
    const user = userEvent.setup();
    const seen: string[] = [];
    render(
      <VerticalBarKeys>
        <svg role="application" aria-label="Bars" tabIndex={0} onKeyDown={(event) => seen.push(event.key)} />
      </VerticalBarKeys>,
    );
    screen.getByRole('application', { name: 'Bars' }).focus();
    await user.keyboard('{ArrowDown}{ArrowUp}{ArrowLeft}{Enter}');
    expect(seen).toEqual(['ArrowLeft', 'ArrowRight', 'Enter']);
  });
});

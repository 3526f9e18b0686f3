import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { plainAxisTick } from './axis-tick';

const renderTick = (tick: ReturnType<typeof plainAxisTick>, props: Parameters<typeof tick>[0]) =>
  render(<svg>{tick(props)}</svg>).container.querySelector('text');

describe('plainAxisTick', () => {
  it('writes the formatted value where Recharts places the tick, anchored as Recharts says', () => {
    const tick = plainAxisTick((value) => `${String(value)} %`, { fontSize: 12 });
    const text = renderTick(tick, {
      x: 40,
      y: '300',
      payload: { value: 50 },
      textAnchor: 'middle',
      verticalAnchor: 'start',
    });
    expect(text).toHaveTextContent('50 %');
    expect(text).toHaveAttribute('x', '40');
    expect(text).toHaveAttribute('y', '300');
    expect(text).toHaveAttribute('text-anchor', 'middle');
    expect(text).toHaveAttribute('dy', '0.71em');
    expect(text).toHaveAttribute('font-size', '12');
  });

  it('centres a left-axis label on its row and leaves a value that is not a number blank', () => {
    const tick = plainAxisTick((index) => ['NCE', 'Arena'][index] ?? '', { fontSize: 14, fontWeight: 600 });
    const row = renderTick(tick, { x: 90, y: 20, payload: { value: 1 }, textAnchor: 'end', verticalAnchor: 'middle' });
    expect(row).toHaveTextContent('Arena');
    expect(row).toHaveAttribute('dy', '0.355em');
    expect(row).toHaveAttribute('font-weight', '600');
    expect(renderTick(tick, { x: 0, y: 0, payload: { value: 'x' } })).toHaveTextContent(/^$/);
  });
});

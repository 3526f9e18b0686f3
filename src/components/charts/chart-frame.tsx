import { useEffect, useState, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

const PRINT_WIDTH = 680;

/**
 * The one home of Recharts' ResponsiveContainer. Gives the chart a resolved height and a
 * `min-width: 0` box so it can shrink inside flex and grid. For print it switches to a fixed width,
 * since a responsive chart can print blank.
 */
export function ChartFrame({ height, children }: { height: number; children: ReactElement }) {
  const printing = usePrinting();
  const width = printing ? PRINT_WIDTH : undefined;
  return (
    <div className="chart-frame" style={{ height, minWidth: 0 }}>
      {width === undefined ? (
        <ResponsiveContainer width="100%" height={height} minWidth={0}>
          {children}
        </ResponsiveContainer>
      ) : (
        <ResponsiveContainer width={width} height={height} initialDimension={{ width, height }}>
          {children}
        </ResponsiveContainer>
      )}
    </div>
  );
}

function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

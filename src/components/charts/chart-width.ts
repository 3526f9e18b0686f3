import { createContext } from 'react';

/**
 * The width the chart will have, measured from its placeholder before the chart mounts (DeferredChart), or
 * null when unknown. ChartFrame hands it to Recharts' ResponsiveContainer as its first size, so the chart is
 * drawn once, inside DeferredChart's transition (time-sliced), instead of first at no size and then again,
 * at full cost and urgent priority, when the container's measuring effect reports the width (ADR 034).
 */
export const ChartWidthContext = createContext<number | null>(null);

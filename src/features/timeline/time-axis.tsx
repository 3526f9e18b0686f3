import type { TimeSpan } from '../../domain/dates';
import { yearTicks } from './time-scale';

/**
 * The year axis above a timeline: a tick at every 1 January; every other year labelled on wide
 * screens, every fifth on narrow ones (CSS container query). Decorative: the tables carry the dates.
 */
export function TimeAxis({ domain, side = 'top' }: { domain: TimeSpan; side?: 'top' | 'bottom' }) {
  return (
    <div className={`tl-axis tl-axis--${side}`} aria-hidden="true">
      <div className="tl-axis__spacer" />
      <div className="tl-axis__track">
        {yearTicks(domain).map((tick) => (
          <span
            key={tick.year}
            className={[
              'tl-axis__tick',
              tick.major ? 'tl-axis__tick--major' : '',
              tick.year % 2 === 0 ? 'tl-axis__tick--even' : '',
            ].join(' ')}
            style={{ left: `${tick.left}%` }}
          >
            <span className="tl-axis__label">{tick.year}</span>
          </span>
        ))}
      </div>
    </div>
  );
}

/** CSS variables that let a track draw a gridline at every year. */
export function gridStyle(domain: TimeSpan): Record<string, string> {
  return { '--tl-years': String(domain.end - domain.start) };
}

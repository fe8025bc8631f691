import { useMemo, useRef, useState, type PointerEvent } from 'react';
import { dateOfDay, dayNumber } from '../filters/filter-columns.ts';
import { formatDay } from '../format.ts';

interface Bins {
  start: number;
  binDays: number;
  counts: number[];
  max: number;
}

/** Days for spans up to four months, weeks up to three years, else 30-day bins: enough bars to
 * see a pattern, few enough to hit with a finger. */
function makeBins(domain: [string, string], days: ArrayLike<number>): Bins {
  let start = dayNumber(domain[0]);
  let end = dayNumber(domain[1]);
  // A single day of data still gets a readable week-wide axis.
  if (end - start < 6) {
    start -= 3;
    end = start + 6;
  }
  const span = end - start + 1;
  const binDays = span <= 120 ? 1 : span <= 1100 ? 7 : 30;
  const n = Math.ceil(span / binDays);
  const counts = new Array<number>(n).fill(0);
  for (let i = 0; i < days.length; i++) {
    const k = Math.floor((days[i]! - start) / binDays);
    if (k >= 0 && k < n) counts[k]!++;
  }
  return { start, binDays, counts, max: Math.max(1, ...counts) };
}

interface Props {
  domain: [string, string];
  /** Day numbers (since 1970-01-01) of the incidents to count. */
  days: ArrayLike<number>;
  from: string | null;
  to: string | null;
  onChange(from: string | null, to: string | null): void;
}

const W = 300;
const H = 56;

/** A histogram of incidents over time; drag across it to choose a date range, click a bar for
 * that bar's dates. The date fields below do the same from the keyboard. */
export function TimelineHistogram({ domain, days, from, to, onChange }: Props) {
  const bins = useMemo(() => makeBins(domain, days), [domain, days]);
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<[number, number] | null>(null);
  const n = bins.counts.length;
  const barW = W / n;

  const binAt = (e: PointerEvent) => {
    const r = svgRef.current!.getBoundingClientRect();
    return Math.min(n - 1, Math.max(0, Math.floor(((e.clientX - r.left) / r.width) * n)));
  };
  const binRange = (a: number, b: number): [string, string] => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    return [dateOfDay(bins.start + lo * bins.binDays), dateOfDay(bins.start + (hi + 1) * bins.binDays - 1)];
  };

  const sel: [string | null, string | null] = drag ? binRange(drag[0], drag[1]) : [from, to];
  const selLo = sel[0] === null ? 0 : (dayNumber(sel[0]) - bins.start) / bins.binDays;
  const selHi = sel[1] === null ? n : (dayNumber(sel[1]) + 1 - bins.start) / bins.binDays;
  const hasSel = drag !== null || from !== null || to !== null;
  const inSel = (k: number) => !hasSel || (k + 1 > selLo && k < selHi);

  return (
    <div className="timeline">
      <svg
        ref={svgRef}
        className="timeline-svg"
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Incidents over time, ${bins.binDays === 1 ? 'per day' : bins.binDays === 7 ? 'per week' : 'per 30 days'}, ${formatDay(domain[0])} to ${formatDay(domain[1])}. Drag to choose dates.`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          const k = binAt(e);
          setDrag([k, k]);
        }}
        onPointerMove={(e) => drag && setDrag([drag[0], binAt(e)])}
        onPointerUp={() => {
          if (!drag) return;
          const [a, b] = binRange(drag[0], drag[1]);
          setDrag(null);
          // Clicking the only selected bar again clears the range.
          if (a === from && b === to) onChange(null, null);
          else onChange(a, b);
        }}
        onPointerCancel={() => setDrag(null)}
      >
        {hasSel && (
          <rect className="timeline-selection" x={Math.max(0, selLo) * barW} width={Math.max(0, Math.min(n, selHi) - Math.max(0, selLo)) * barW} y={0} height={H} />
        )}
        {bins.counts.map((c, k) =>
          c === 0 ? null : (
            <rect
              key={k}
              className={inSel(k) ? 'timeline-bar' : 'timeline-bar out'}
              x={k * barW + Math.min(0.5, barW * 0.1)}
              width={Math.max(0.8, barW - Math.min(1, barW * 0.2))}
              y={H - Math.max(2, (c / bins.max) * (H - 4))}
              height={Math.max(2, (c / bins.max) * (H - 4))}
            />
          ),
        )}
      </svg>
      <div className="timeline-axis" aria-hidden="true">
        <span>{formatDay(dateOfDay(bins.start))}</span>
        <span>{formatDay(dateOfDay(bins.start + n * bins.binDays - 1))}</span>
      </div>
      <div className="date-fields">
        <label>
          From
          <input
            type="date"
            value={from ?? ''}
            min={domain[0]}
            max={domain[1]}
            onChange={(e) => onChange(e.target.value || null, to)}
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={to ?? ''}
            min={domain[0]}
            max={domain[1]}
            onChange={(e) => onChange(from, e.target.value || null)}
          />
        </label>
        {(from !== null || to !== null) && (
          <button type="button" className="link-button" onClick={() => onChange(null, null)}>
            Any date
          </button>
        )}
      </div>
    </div>
  );
}

import type { EventType } from '../../geo/types.ts';
import { EVENT_STYLES } from '../event-styles.ts';
import { SHAPE_PATHS } from '../map/marker-shapes.ts';

/** The map marker as inline SVG, for the legend, the filters and the list. */
export function TypeIcon({ type, hollow = false, size = 16 }: { type: EventType; hollow?: boolean; size?: number }) {
  const s = EVENT_STYLES[type];
  return (
    <svg className="type-icon" width={size} height={size} viewBox="-2 -2 28 28" aria-hidden="true" focusable="false">
      <path
        d={SHAPE_PATHS[s.shape]}
        fill={hollow ? 'rgba(255,255,255,0.6)' : s.color}
        stroke={hollow ? s.color : 'rgba(20,20,20,0.6)'}
        strokeWidth={hollow ? 3 : 1.5}
        strokeLinejoin="round"
      />
    </svg>
  );
}

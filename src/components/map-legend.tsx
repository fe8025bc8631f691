import { EVENT_STYLES, EVENT_TYPE_ORDER } from '../event-styles.ts';
import { TypeIcon } from './type-icon.tsx';

/** What the symbols mean. Open on wide screens, a tap away on phones. */
export function MapLegend() {
  const wide = typeof matchMedia === 'function' && matchMedia('(min-width: 1100px)').matches;
  return (
    <details className="legend" open={wide}>
      <summary>Legend</summary>
      <ul className="legend-types">
        {EVENT_TYPE_ORDER.map((t) => (
          <li key={t}>
            <TypeIcon type={t} /> {EVENT_STYLES[t].label}
          </li>
        ))}
      </ul>
      <ul className="legend-precision">
        <li>
          <TypeIcon type="shelling" /> Solid: place known to a town or better
        </li>
        <li>
          <TypeIcon type="shelling" hollow /> Hollow: only the region, country or sea
        </li>
        <li>
          <span className="legend-radius" aria-hidden="true" /> Shaded circle: how far off it may be
        </li>
        <li>
          <span className="legend-badge" aria-hidden="true">
            2
          </span>{' '}
          Number of reports (bigger marker: more reports)
        </li>
        <li>
          <span className="legend-cluster" aria-hidden="true">
            12
          </span>{' '}
          Cluster: click to zoom in
        </li>
      </ul>
    </details>
  );
}

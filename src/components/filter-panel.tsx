import { useDeferredValue, useId, useMemo } from 'react';
import type { GeoPrecision } from '../../geo/types.ts';
import { EVENT_STYLES, EVENT_TYPE_ORDER, GEO_PRECISION_LABELS, GEO_PRECISION_ORDER, isCoarsePrecision } from '../event-styles.ts';
import { dateDomain, facetCounts } from '../filters/facet-counts.ts';
import { hasDateRange, isFilterActive } from '../filters/filter-state.ts';
import { countryName, plural } from '../format.ts';
import { appStore } from '../store/app-store.ts';
import { selectReviewedIncidents } from '../store/review-slice.ts';
import { useAppStore } from '../store/use-app-store.ts';
import { ReviewStatusFilter } from './review-status-filter.tsx';
import { TimelineHistogram } from './timeline-histogram.tsx';
import { TypeIcon } from './type-icon.tsx';
import { visibleControls } from './untrusted-text.tsx';

const ANY = '\u0000any';

/** A single-choice facet as a select: works the same with a mouse, a keyboard and a phone. */
function FacetSelect({
  label,
  value,
  options,
  format,
  onChange,
}: {
  label: string;
  value: string | null;
  options: Array<[string, number]>;
  format(value: string): string;
  onChange(value: string | null): void;
}) {
  const id = useId();
  return (
    <div className="facet-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ANY} onChange={(e) => onChange(e.target.value === ANY ? null : e.target.value)}>
        <option value={ANY}>All</option>
        {options.map(([v, n]) => (
          <option key={v} value={v}>
            {`${format(v)} (${n.toLocaleString('en-GB')})`}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterPanel() {
  const filters = useAppStore((s) => s.filters);
  const incidents = useAppStore(selectReviewedIncidents);
  // The counts (and the timeline's bars) follow a change in a deferred render, after the map has
  // had the page thread for its update; the controls themselves show the change at once.
  const countedIncidents = useDeferredValue(incidents);
  const countedFilters = useDeferredValue(filters);
  const counts = useMemo(() => facetCounts({ incidents: countedIncidents, filters: countedFilters }), [countedIncidents, countedFilters]);
  const domain = dateDomain(incidents);
  const { setFilters, toggleEventType, togglePrecision, setDateRange, resetFilters } = appStore.getState();
  const searchId = useId();

  return (
    <form className="filters" role="search" aria-label="Filter incidents" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={searchId}>Search places and quotes</label>
        <input
          id={searchId}
          type="search"
          value={filters.text}
          placeholder="e.g. Kharkiv, drone, port"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setFilters({ text: e.target.value })}
        />
      </div>

      <fieldset className="type-list">
        <legend>Event type</legend>
        {EVENT_TYPE_ORDER.map((t) => (
          <label key={t} className={counts.eventType[t] === 0 ? 'check empty' : 'check'}>
            <input type="checkbox" checked={filters.eventTypes.includes(t)} onChange={() => toggleEventType(t)} />
            <TypeIcon type={t} />
            <span className="check-label">{EVENT_STYLES[t].label}</span>
            <span className="count">{counts.eventType[t].toLocaleString('en-GB')}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className="dates">
        <legend>Date</legend>
        {domain ? (
          <TimelineHistogram domain={domain} days={counts.timelineDays} from={filters.dateFrom} to={filters.dateTo} onChange={setDateRange} />
        ) : (
          <p className="muted">No dated incidents.</p>
        )}
        {counts.undated > 0 && (
          <p className="note" role="status">
            {hasDateRange(filters)
              ? `${plural(counts.undated, 'undated incident')} hidden while a date range is set.`
              : `${plural(counts.undated, 'undated incident')} shown on the map but not on the timeline.`}
          </p>
        )}
      </fieldset>

      <div className="selects">
        <FacetSelect label="Outlet" value={filters.outlet} options={counts.outlet} format={visibleControls} onChange={(outlet) => setFilters({ outlet })} />
        <FacetSelect label="Country" value={filters.country} options={counts.country} format={(v) => (v === '' ? 'None (at sea)' : `${countryName(v)} (${v})`)} onChange={(country) => setFilters({ country })} />
        <FacetSelect
          label="Claimed by"
          value={filters.claimedBy}
          options={counts.claimedBy}
          format={(v) => (v === '' ? 'The report itself' : visibleControls(v))}
          onChange={(claimedBy) => setFilters({ claimedBy })}
        />
      </div>

      <fieldset className="precision-list">
        <legend>Location precision</legend>
        {GEO_PRECISION_ORDER.map((p: GeoPrecision) => (
          <label key={p} className={counts.precision[p] === 0 ? 'check empty' : 'check'}>
            <input type="checkbox" checked={filters.precisions.includes(p)} onChange={() => togglePrecision(p)} />
            <span className={isCoarsePrecision(p) ? 'precision-dot hollow' : 'precision-dot'} aria-hidden="true" />
            <span className="check-label">{GEO_PRECISION_LABELS[p]}</span>
            <span className="count">{counts.precision[p].toLocaleString('en-GB')}</span>
          </label>
        ))}
      </fieldset>

      <ReviewStatusFilter />

      {isFilterActive(filters) && (
        <button type="button" className="button secondary wide" onClick={resetFilters}>
          Reset all filters
        </button>
      )}
    </form>
  );
}

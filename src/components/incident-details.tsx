import { distanceKm } from '../../geo/resolve.ts';
import type { IncidentFeature, Source } from '../../geo/types.ts';
import { EVENT_STYLES, GEO_PRECISION_LABELS, isCoarsePrecision } from '../event-styles.ts';
import { countryName, DATE_PRECISION_LABELS, describePrecision, formatDay, formatEventDate, formatKm, plural } from '../format.ts';
import { isReviewed, reviewStatusOf } from '../project/review-state.ts';
import { ReviewPanel } from './review-panel.tsx';
import { TypeIcon } from './type-icon.tsx';
import { safeHttpUrl, UntrustedText } from './untrusted-text.tsx';

/** Where the place words sit in the quote: by the pipeline's offsets when they agree with the
 * text, else by a case-insensitive search, else nowhere (never a wrong highlight). */
export function mentionRange(s: Source): [number, number] | null {
  const rel = s.mention_start - s.quote_start;
  const len = s.mention.length;
  if (len === 0) return null;
  if (rel >= 0 && s.quote.slice(rel, rel + len) === s.mention) return [rel, rel + len];
  const i = s.quote.toLowerCase().indexOf(s.mention.toLowerCase());
  return i >= 0 ? [i, i + len] : null;
}

function Quote({ source }: { source: Source }) {
  const r = mentionRange(source);
  return (
    <blockquote className="quote">
      {r === null ? (
        <UntrustedText text={source.quote} />
      ) : (
        <>
          <UntrustedText text={source.quote.slice(0, r[0])} />
          <mark>
            <UntrustedText text={source.quote.slice(r[0], r[1])} />
          </mark>
          <UntrustedText text={source.quote.slice(r[1])} />
        </>
      )}
    </blockquote>
  );
}

function SourceItem({ source }: { source: Source }) {
  const href = safeHttpUrl(source.url);
  const title = source.title ?? '(untitled report)';
  return (
    <li className="source">
      <div className="source-head">
        <strong className="outlet">
          <UntrustedText text={source.outlet ?? 'Unknown outlet'} />
        </strong>
        {source.published && <span className="muted"> · {formatDay(source.published)}</span>}
      </div>
      <div className="source-title">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            <UntrustedText text={title} />
          </a>
        ) : (
          <>
            <UntrustedText text={title} />
            {source.url && <span className="muted"> (link not shown: not a web address)</span>}
          </>
        )}
      </div>
      <div className="claim">
        {source.claimed_by ? (
          <>
            Claimed by <UntrustedText text={source.claimed_by} />
          </>
        ) : (
          'Stated by the report itself'
        )}
      </div>
      {source.disputed_by && (
        <div className="disputed">
          Disputed: <UntrustedText text={source.disputed_by} />
        </div>
      )}
      <Quote source={source} />
    </li>
  );
}

/** The popup: what happened, when and where as precisely as known, and every report behind it. */
export function IncidentDetails({ incident }: { incident: IncidentFeature }) {
  const p = incident.properties;
  const coarse = isCoarsePrecision(p.geo_precision);
  const adminPath = [p.place_name, p.admin1 && p.admin1 !== p.place_name ? p.admin1 : null, countryName(p.country_code)].filter(
    (x): x is string => x !== null && x !== '',
  );
  // What the machine said, shown greyed beside a value the analyst changed.
  const machine = isReviewed(incident) ? incident.properties.review.machine : null;
  return (
    <article className={`incident-details status-${reviewStatusOf(incident)}`} aria-label="Incident details">
      <h2 className="details-title">
        <UntrustedText text={p.title} />
      </h2>
      <dl className="facts">
        <dt>Type</dt>
        <dd>
          <TypeIcon type={p.event_type} hollow={coarse} /> {EVENT_STYLES[p.event_type].label}
          {machine && machine.type !== p.event_type && <span className="machine-was"> machine: {EVENT_STYLES[machine.type].label}</span>}
        </dd>
        <dt>Date</dt>
        <dd>
          {formatEventDate(p.event_date, p.date_precision)}
          {p.event_date !== null && <span className="muted"> ({DATE_PRECISION_LABELS[p.date_precision]})</span>}
          {machine && (machine.date.date !== p.event_date || machine.date.precision !== p.date_precision) && (
            <span className="machine-was"> machine: {formatEventDate(machine.date.date, machine.date.precision as typeof p.date_precision)}</span>
          )}
        </dd>
        <dt>Place</dt>
        <dd>
          {adminPath.map((part, k) => (
            <span key={k}>
              {k > 0 && ', '}
              <UntrustedText text={part} />
            </span>
          ))}
          <div className="muted">{describePrecision(p.geo_precision, p.radius_km)}</div>
          {machine && (machine.place.lat !== incident.geometry.coordinates[1] || machine.place.lon !== incident.geometry.coordinates[0]) && (
            <div className="machine-was">
              machine: <UntrustedText text={machine.place.name} />
              {` (${formatKm(distanceKm(machine.place, { lon: incident.geometry.coordinates[0], lat: incident.geometry.coordinates[1] }))} from here)`}
            </div>
          )}
        </dd>
      </dl>
      {coarse && (
        <p className="precision-warning" role="note">
          Only located to the {GEO_PRECISION_LABELS[p.geo_precision].toLowerCase().replace('only', '').trim()}: the incident may be anywhere
          within about {formatKm(p.radius_km)} of the marker, which sits at the area's centre.
        </p>
      )}
      <ReviewPanel incident={incident} />
      <h3 className="sources-title">{plural(p.sources.length, 'report')}</h3>
      <ol className="sources">
        {p.sources.map((s, k) => (
          <SourceItem key={`${s.article_id}-${k}`} source={s} />
        ))}
      </ol>
    </article>
  );
}

import { useContext, useEffect, useId, useState } from 'react';
import { distanceKm } from '../../geo/resolve.ts';
import type { DatePrecision, EventType, IncidentFeature, Source } from '../../geo/types.ts';
import { EVENT_STYLES, EVENT_TYPE_ORDER } from '../event-styles.ts';
import { countryName, DATE_PRECISION_LABELS, formatKm } from '../format.ts';
import { MapControllerContext } from '../map/map-controller-context.ts';
import { searchPlaces } from '../project/place-search.ts';
import {
  currentPlace,
  describeChange,
  formatEditTime,
  incidentAnchorKeys,
  redoCandidate,
  reviewOf,
  reviewStatusOf,
  STATUS_LABELS,
} from '../project/review-state.ts';
import type { PlaceValue, ReviewStatus } from '../project/types.ts';
import { appStore } from '../store/app-store.ts';
import { useAppStore } from '../store/use-app-store.ts';
import { mentionRange } from './incident-details.tsx';
import { UntrustedText } from './untrusted-text.tsx';
import './review-panel.css';

function samePoint(a: PlaceValue, b: PlaceValue): boolean {
  return Math.abs(a.lat - b.lat) < 1e-6 && Math.abs(a.lon - b.lon) < 1e-6 && a.name === b.name;
}

function adminPath(p: Pick<PlaceValue, 'name' | 'admin1' | 'country_code'>): string {
  return [p.admin1 && p.admin1 !== p.name ? p.admin1 : null, countryName(p.country_code)].filter((x) => x).join(', ');
}

/** The few words around the mention, the mention marked: enough to judge the reading. */
function MentionSnippet({ source }: { source: Source }) {
  const r = mentionRange(source);
  if (r === null) return null;
  const q = source.quote;
  const WINDOW = 70;
  const start = Math.max(0, r[0] - WINDOW);
  const end = Math.min(q.length, r[1] + WINDOW);
  return (
    <p className="review-snippet">
      {start > 0 && '…'}
      <UntrustedText text={q.slice(start, r[0])} />
      <mark>
        <UntrustedText text={q.slice(r[0], r[1])} />
      </mark>
      <UntrustedText text={q.slice(r[1], end)} />
      {end < q.length && '…'}
    </p>
  );
}

function PlaceRow({ place, current, label, score, onUse }: { place: PlaceValue; current: PlaceValue; label?: string; score?: number; onUse(): void }) {
  const isCurrent = samePoint(place, current);
  const km = distanceKm(current, place);
  return (
    <li className={isCurrent ? 'review-place current' : 'review-place'}>
      <div className="review-place-text">
        <strong>
          <UntrustedText text={place.name} />
        </strong>
        {label && <span className="review-tag">{label}</span>}
        <div className="muted review-place-meta">
          <UntrustedText text={adminPath(place)} />
          {place.feature_code && ` · ${place.feature_code}`}
          {!isCurrent && ` · ${formatKm(km)} away`}
          {score !== undefined && ` · score ${score.toFixed(2)}`}
        </div>
      </div>
      {isCurrent ? (
        <span className="review-current">Current</span>
      ) : (
        <button
          type="button"
          className="button small"
          onClick={onUse}
          // Two places may share a name (Odesa the city, Odesa the region): the label says which.
          aria-label={`Use this place: ${[place.name, adminPath(place)].filter((x) => x).join(', ')}${place.feature_code ? ` (${place.feature_code})` : ''}`}
        >
          Use this place
        </button>
      )}
    </li>
  );
}

function PlaceSearch({ onPick, current }: { onPick(p: PlaceValue): void; current: PlaceValue }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PlaceValue[]>([]);
  useEffect(() => {
    let live = true;
    if (query.trim() === '') {
      setResults([]);
      return;
    }
    void searchPlaces(query).then((r) => live && setResults(r));
    return () => {
      live = false;
    };
  }, [query]);
  return (
    <div className="review-search">
      <label htmlFor={id}>Find another place</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder="Place name"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setQuery(e.target.value)}
      />
      {query.trim() !== '' && (
        <ul className="review-places" aria-label="Places found">
          {results.map((p, k) => (
            <PlaceRow key={k} place={p} current={current} onUse={() => onPick({ ...p, via: 'search' })} />
          ))}
          {results.length === 0 && <li className="muted review-none">No known place matches.</li>}
        </ul>
      )}
    </div>
  );
}

function DateTypeEditor({ incident }: { incident: IncidentFeature }) {
  const p = incident.properties;
  const dateId = useId();
  const precId = useId();
  const typeId = useId();
  const [date, setDate] = useState(p.event_date ?? '');
  // The field follows the incident (another selection, an undo).
  useEffect(() => setDate(p.event_date ?? ''), [p.event_date, incident.id]);
  const commit = (nextDate: string, precision: string) => {
    const d = nextDate === '' ? null : nextDate;
    appStore.getState().setDate(incident.id, { date: d, precision: d === null ? 'unknown' : precision });
  };
  return (
    <div className="review-fields">
      <div className="review-field">
        <label htmlFor={dateId}>Date</label>
        <input
          id={dateId}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          onBlur={() => date !== (p.event_date ?? '') && commit(date, p.date_precision === 'unknown' ? 'day' : p.date_precision)}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
        />
      </div>
      <div className="review-field">
        <label htmlFor={precId}>Known to the</label>
        <select id={precId} value={p.date_precision} onChange={(e) => commit(date, e.target.value)}>
          {(Object.keys(DATE_PRECISION_LABELS) as DatePrecision[]).map((k) => (
            <option key={k} value={k}>
              {k === 'unknown' ? 'unknown' : k}
            </option>
          ))}
        </select>
      </div>
      <div className="review-field wide">
        <label htmlFor={typeId}>Type</label>
        <select id={typeId} value={p.event_type} onChange={(e) => appStore.getState().setType(incident.id, e.target.value as EventType)}>
          {EVENT_TYPE_ORDER.map((t) => (
            <option key={t} value={t}>
              {EVENT_STYLES[t].label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function History({ incident }: { incident: IncidentFeature }) {
  const edits = reviewOf(incident).edits;
  if (edits.length === 0) return null;
  const now = new Date();
  return (
    <section className="review-section" aria-label="Edit history">
      <h4 className="review-heading">History</h4>
      <ol className="review-history">
        {edits.map((e, k) => (
          <li key={e.id}>
            <UntrustedText text={describeChange(e.change)} />
            <span className="muted">, {formatEditTime(e.at, now)}</span>
            {k === edits.length - 1 && (
              <>
                {' · '}
                <button type="button" className="link-button" onClick={() => appStore.getState().undo(incident.id)}>
                  Undo
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The review of one incident, inside its details: status, why it is here, where else it could
 * be, date and type, and what has been changed. Every action is one click and one edit. */
export function ReviewPanel({ incident }: { incident: IncidentFeature }) {
  const controller = useContext(MapControllerContext);
  const status = reviewStatusOf(incident);
  const p = incident.properties;
  const ex = p.explanation;
  const current = currentPlace(incident);
  const review = reviewOf(incident);
  const machine = review.machine.place;
  const moved = !samePoint(machine, current);
  const anchors = incidentAnchorKeys(incident);
  const canUndo = review.edits.length > 0;
  const canRedo = useAppStore((s) => redoCandidate(s.edits, s.undone, anchors) !== null);
  const [dragging, setDragging] = useState(false);
  const [editOpen, setEditOpen] = useState(false);
  const lead = p.sources.find((s) => s.mention === ex.mention) ?? p.sources[0];
  const id = incident.id;
  const move = (place: PlaceValue) => appStore.getState().movePlace(id, place);
  // A chosen place can be far off: follow it, at the zoom its precision calls for.
  const moveAndShow = (place: PlaceValue) => {
    move(place);
    controller.current?.flyTo(id);
  };
  const sameAsMachine = (c: PlaceValue) => (c.geonames_id !== null ? c.geonames_id === machine.geonames_id : samePoint(c, machine));
  const machineListed = ex.candidates.some((c) => sameAsMachine({ ...c, via: 'candidate' }));

  // A drag ends with its incident: another selection or a closed popup.
  useEffect(() => () => controller.current?.stopDrag(), [id, controller]);

  const setStatus = (s: ReviewStatus) => appStore.getState().setStatus(id, status === s ? 'unreviewed' : s);

  function startDrag() {
    const c = controller.current;
    if (!c) return;
    if (dragging) {
      c.stopDrag();
      setDragging(false);
      return;
    }
    setDragging(true);
    c.startDrag(id, ([lon, lat]) => {
      setDragging(false);
      move({ ...current, lat, lon, geonames_id: null, feature_code: '', via: 'drag' });
    });
  }

  return (
    <div className={`review review-${status}`} data-testid="review">
      <div className="review-bar" role="group" aria-label="Review">
        <span className={`review-status status-${status}`} data-testid="review-status">
          {STATUS_LABELS[status]}
        </span>
        <button type="button" className="button small confirm" aria-pressed={status === 'confirmed'} onClick={() => setStatus('confirmed')}>
          {status === 'confirmed' ? '✓ Confirmed' : 'Confirm'}
        </button>
        <button type="button" className="button small reject" aria-pressed={status === 'rejected'} onClick={() => setStatus('rejected')}>
          {status === 'rejected' ? '✕ Rejected' : 'Reject'}
        </button>
        <span className="review-undo">
          <button type="button" className="button small icon" disabled={!canUndo} onClick={() => appStore.getState().undo(id)} title="Undo this incident's last edit (Ctrl+Z)" aria-label="Undo">
            ↶
          </button>
          <button type="button" className="button small icon" disabled={!canRedo} onClick={() => appStore.getState().redo(id)} title="Redo (Ctrl+Shift+Z)" aria-label="Redo">
            ↷
          </button>
        </span>
      </div>

      <section className="review-section" aria-label="Why here?">
        <h4 className="review-heading">Why here?</h4>
        {lead && <MentionSnippet source={lead} />}
        <p className="review-why">
          <span className="review-cue">
            <UntrustedText text={ex.role_cue} />
          </span>
          {' · score '}
          {ex.score.toFixed(2)}
          {ex.reasons.length > 0 && (
            <>
              {' · '}
              <UntrustedText text={ex.reasons.join(', ')} />
            </>
          )}
        </p>
        <ul className="review-places" aria-label="Candidate places">
          {moved && !machineListed && (
            <PlaceRow place={machine} current={current} label="machine's choice" onUse={() => moveAndShow({ ...machine, via: 'candidate' })} />
          )}
          {ex.candidates.map((c, k) => {
            const place: PlaceValue = { ...c, via: 'candidate' };
            const label = moved && sameAsMachine(place) ? "machine's choice" : undefined;
            return <PlaceRow key={k} place={place} current={current} label={label} score={c.score} onUse={() => moveAndShow(place)} />;
          })}
        </ul>
      </section>

      <div className="review-actions">
        <button type="button" className="button small" aria-pressed={dragging} onClick={startDrag}>
          {dragging ? 'Cancel drag' : 'Drag on map'}
        </button>
        <button type="button" className="button small" aria-expanded={editOpen} onClick={() => setEditOpen((o) => !o)}>
          {editOpen ? 'Hide editors' : 'Search place, date, type…'}
        </button>
      </div>
      {dragging && (
        <p className="review-hint" role="status">
          Drag the blue pin to where it happened.
        </p>
      )}
      {editOpen && (
        <section className="review-section" aria-label="Edit">
          <PlaceSearch current={current} onPick={moveAndShow} />
          <DateTypeEditor incident={incident} />
        </section>
      )}
      <History incident={incident} />
    </div>
  );
}

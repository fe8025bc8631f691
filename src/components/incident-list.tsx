import { useContext, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { isCoarsePrecision } from '../event-styles.ts';
import { selectVisibleIndices } from '../filters/select-visible-incidents.ts';
import { sortVisible } from '../filters/sorted-order.ts';
import { formatEventDate, plural } from '../format.ts';
import { MapControllerContext } from '../map/map-controller-context.ts';
import { appStore } from '../store/app-store.ts';
import { selectReviewedIncidents } from '../store/review-slice.ts';
import { useAppStore } from '../store/use-app-store.ts';
import { TypeIcon } from './type-icon.tsx';
import { reviewStatusOf } from '../project/review-state.ts';
import { UntrustedText } from './untrusted-text.tsx';

const ROW = 62;
const OVERSCAN = 6;

/** The incidents beside the map, newest first. Only the rows in view exist in the DOM, so
 * 100,000 incidents scroll as smoothly as ten. A listbox: arrows move, Enter opens. */
export function IncidentList() {
  // The list follows a data or filter change in a deferred render: the map gets the page thread
  // first for its own update (its first frame with the change), and the list comes a moment
  // later, in slices React can pause.
  const incidents = useDeferredValue(useAppStore(selectReviewedIncidents));
  const filters = useDeferredValue(useAppStore((s) => s.filters));
  const selectedId = useAppStore((s) => s.selectedId);
  const order = useMemo(() => sortVisible(incidents, selectVisibleIndices({ incidents, filters })), [incidents, filters]);
  const controller = useContext(MapControllerContext);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [active, setActive] = useState(0);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Keep the active row in range when filters shrink the list.
  useEffect(() => setActive((a) => Math.min(a, Math.max(0, order.length - 1))), [order]);

  // A marker clicked on the map scrolls its row into view.
  useEffect(() => {
    if (selectedId === null) return;
    const pos = order.findIndex((i) => incidents[i]!.id === selectedId);
    if (pos < 0) return;
    setActive(pos);
    scrollToRow(pos);
  }, [selectedId]);

  function scrollToRow(pos: number) {
    const el = scroller.current;
    if (!el) return;
    const top = pos * ROW;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW - el.clientHeight;
  }

  function open(pos: number) {
    const i = order[pos];
    if (i === undefined) return;
    const id = incidents[i]!.id;
    controller.current?.flyTo(id);
    appStore.getState().select(id);
  }

  function onKeyDown(e: KeyboardEvent) {
    const page = Math.max(1, Math.floor(height / ROW) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
    if (e.key in moves) {
      e.preventDefault();
      const next = Math.min(order.length - 1, Math.max(0, active + moves[e.key]!));
      setActive(next);
      scrollToRow(next);
      const i = order[next];
      appStore.getState().hover(i === undefined ? null : incidents[i]!.id);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(active);
    }
  }

  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN);
  const last = Math.min(order.length, Math.ceil((scrollTop + height) / ROW) + OVERSCAN);
  const activeIndex = order[active];
  const rows = [];
  for (let pos = first; pos < last; pos++) {
    const i = order[pos]!;
    const f = incidents[i]!;
    const p = f.properties;
    rows.push(
      <div
        key={f.id}
        id={`incident-option-${i}`}
        role="option"
        aria-selected={f.id === selectedId}
        aria-posinset={pos + 1}
        aria-setsize={order.length}
        className={`row${pos === active ? ' active' : ''}${f.id === selectedId ? ' selected' : ''} status-${reviewStatusOf(f)}`}
        style={{ top: pos * ROW }}
        onMouseEnter={() => appStore.getState().hover(f.id)}
        onClick={() => {
          setActive(pos);
          open(pos);
        }}
      >
        <TypeIcon type={p.event_type} hollow={isCoarsePrecision(p.geo_precision)} size={18} />
        <div className="row-text">
          <div className="row-title">
            <UntrustedText text={p.title} />
          </div>
          <div className="row-meta">
            {formatEventDate(p.event_date, p.date_precision)} · <UntrustedText text={p.place_name} />
            {p.country_code ? `, ${p.country_code}` : ''}
            {p.sources.length > 1 && <span className="pill">{plural(p.sources.length, 'report')}</span>}
            {reviewStatusOf(f) !== 'unreviewed' && <span className={`pill status-pill status-${reviewStatusOf(f)}`}>{reviewStatusOf(f)}</span>}
          </div>
        </div>
      </div>,
    );
  }

  return (
    <div className="list-wrap">
      <div
        ref={scroller}
        className="incident-list"
        role="listbox"
        tabIndex={0}
        aria-label={`Incidents, ${plural(order.length, 'incident')}, newest first`}
        aria-activedescendant={activeIndex === undefined ? undefined : `incident-option-${activeIndex}`}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
        onMouseLeave={() => appStore.getState().hover(null)}
        onBlur={() => appStore.getState().hover(null)}
      >
        <div className="list-spacer" style={{ height: order.length * ROW }}>
          {rows}
        </div>
        {order.length === 0 && <p className="empty-list">No incidents match these filters.</p>}
      </div>
    </div>
  );
}

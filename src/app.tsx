import { useEffect, useRef, useState } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import { AddReportsPanel } from './components/add-reports-panel.tsx';
import { DropZone } from './components/drop-zone.tsx';
import { FilterPanel } from './components/filter-panel.tsx';
import { HeaderBar } from './components/header-bar.tsx';
import { IncidentList } from './components/incident-list.tsx';
import { MapLegend } from './components/map-legend.tsx';
import { IncidentDetails } from './components/incident-details.tsx';
import { isPhoneLayout, MapView } from './components/map-view.tsx';
import { NoticeBanner } from './components/notice-banner.tsx';
import { selectSelectedIncident } from './filters/select-selected-incident.ts';
import { selectVisibleIndices } from './filters/select-visible-incidents.ts';
import type { MapController } from './map/map-controller.ts';
import { MapControllerContext } from './map/map-controller-context.ts';
import { appStore } from './store/app-store.ts';
import { loadEdits, saveEdits } from './project/edit-store.ts';
import { persistReview, reviewedView } from './store/review-slice.ts';
import { useAppStore } from './store/use-app-store.ts';

export interface AppProps {
  style: StyleSpecification | string;
  fallbackStyle: StyleSpecification;
  attribution: string[];
  fitOnLoad: boolean;
  onMapReady?(controller: MapController): void;
}

/** Layout only. Wide screens: filters | map | list. Narrower: the map beside (or above, on a
 * phone) one panel at a time, switched by tabs. */
export function App({ style, fallbackStyle, attribution, fitOnLoad, onMapReady }: AppProps) {
  const controllerRef = useRef<MapController | null>(null);
  const [tab, setTab] = useState<'list' | 'filters' | 'details'>('list');
  const shown = useAppStore((s) => selectVisibleIndices(reviewedView(s)).length);
  const selected = useAppStore((s) => selectSelectedIncident(reviewedView(s)));
  // The analyst's edits outlive a reload (IndexedDB).
  useEffect(() => persistReview(appStore, { loadEdits, saveEdits }), []);
  // Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) undo and redo the open incident's last edit; not while typing
  // in a field, where they belong to the field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
      const s = appStore.getState();
      if (s.selectedId === null) return;
      e.preventDefault();
      if (key === 'y' || e.shiftKey) s.redo(s.selectedId);
      else s.undo(s.selectedId);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // On a phone, choosing an incident opens its details under the map; closing returns to the list.
  useEffect(() => {
    if (selected && isPhoneLayout()) setTab('details');
    else if (!selected) setTab((t) => (t === 'details' ? 'list' : t));
  }, [selected]);
  return (
    <MapControllerContext.Provider value={controllerRef}>
      <div className="app" data-tab={tab}>
        <HeaderBar />
        <div className="tabs" role="tablist" aria-label="Panels">
          <button type="button" role="tab" id="tab-list" aria-controls="list-pane" aria-selected={tab === 'list'} onClick={() => setTab('list')}>
            List ({shown.toLocaleString('en-GB')})
          </button>
          <button type="button" role="tab" id="tab-filters" aria-controls="filters-pane" aria-selected={tab === 'filters'} onClick={() => setTab('filters')}>
            Filters
          </button>
        </div>
        <aside className="pane filters-pane" id="filters-pane" aria-label="Filters">
          <FilterPanel />
        </aside>
        <main className="map-pane">
          <MapView style={style} fallbackStyle={fallbackStyle} attribution={attribution} fitOnLoad={fitOnLoad} onReady={onMapReady} />
          <NoticeBanner />
          <MapLegend />
        </main>
        <aside className="pane list-pane" id="list-pane" aria-label="Incident list">
          <IncidentList />
        </aside>
        {tab === 'details' && selected && (
          <aside className="pane details-pane" aria-label="Incident details">
            <button type="button" className="link-button back" onClick={() => appStore.getState().select(null)}>
              ← Back to the list
            </button>
            <IncidentDetails incident={selected} />
          </aside>
        )}
        <DropZone />
        <AddReportsPanel />
      </div>
    </MapControllerContext.Provider>
  );
}

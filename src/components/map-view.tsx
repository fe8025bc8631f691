import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { StyleSpecification } from 'maplibre-gl';
import { selectSelectedIncident } from '../filters/select-selected-incident.ts';
import { selectVisibleIndices } from '../filters/select-visible-incidents.ts';
import { mergeAttribution } from '../map/choose-style.ts';
import { MapController } from '../map/map-controller.ts';
import { MapControllerContext } from '../map/map-controller-context.ts';
import { appStore } from '../store/app-store.ts';
import { reviewedView, selectReviewedIncidents } from '../store/review-slice.ts';
import { useAppStore } from '../store/use-app-store.ts';
import { IncidentDetails } from './incident-details.tsx';

interface Props {
  style: StyleSpecification | string;
  fallbackStyle: StyleSpecification;
  attribution: string[];
  /** Fit the map to the data when it loads (no view in the URL). */
  fitOnLoad: boolean;
  onReady?(controller: MapController): void;
}

/** The phone layout (see styles.css) shows an incident's details in the panel under the map:
 * a popup on a map 40% of a phone screen high would have no room to be read. */
export function isPhoneLayout(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(max-width: 699px)').matches;
}

/** Hosts the map. The controller is made once; store changes reach it through a subscription,
 * not through React renders, so a filter change costs one setData and no re-render here. */
export function MapView({ style, fallbackStyle, attribution, fitOnLoad, onReady }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useContext(MapControllerContext);
  const [popupEl, setPopupEl] = useState<HTMLElement | null>(null);
  const incident = useAppStore((s) => selectSelectedIncident(reviewedView(s)));
  const metadata = useAppStore((s) => s.metadata);

  // A layout effect, so the map subscribes to the store before any component does (their
  // subscriptions are made in passive effects, which run later): a filter change then posts
  // its data to the map's worker first, and the worker tiles it while React re-renders the
  // list and the counts, instead of after.
  useLayoutEffect(() => {
    const s = appStore.getState();
    const controller = new MapController({
      container: containerRef.current!,
      style,
      fallbackStyle,
      attribution,
      center: s.center,
      zoom: s.zoom,
      onSelect: (id) => appStore.getState().select(id),
      onViewChange: (center, zoom) => appStore.getState().setView(center, zoom),
      onPopupChange: setPopupEl,
      usePopup: () => !isPhoneLayout(),
    });
    controllerRef.current = controller;
    let fitPending = fitOnLoad;
    // The map shows the incidents as reviewed: an analyst's edit moves or hides a marker.
    const apply = (state: typeof s, prev: typeof s | null) => {
      const incidentsChanged = !prev || state.incidents !== prev.incidents || state.edits !== prev.edits;
      if (incidentsChanged) {
        controller.setIncidents(selectReviewedIncidents(state), selectVisibleIndices(reviewedView(state)));
        if (fitPending && state.incidents.length > 0) {
          controller.fitToIncidents();
          fitPending = false;
        }
      } else if (state.filters !== prev.filters) {
        controller.setVisible(selectVisibleIndices(reviewedView(state)));
      }
      if (!prev || state.selectedId !== prev.selectedId || incidentsChanged) controller.select(state.selectedId);
      // A drag belongs to the incident it started on.
      if (prev && state.selectedId !== prev.selectedId) controller.stopDrag();
      if (!prev || state.hoveredId !== prev.hoveredId) controller.highlight(state.hoveredId);
      // A view from outside (a pasted link): follow it. The map's own moves set the same values.
      if (prev && (state.center !== prev.center || state.zoom !== prev.zoom)) controller.jumpTo(state.center, state.zoom);
    };
    apply(appStore.getState(), null);
    const unsubscribe = appStore.subscribe(apply);
    onReady?.(controller);
    return () => {
      unsubscribe();
      controller.destroy();
      controllerRef.current = null;
    };
    // The map is made once; style and attribution changes go through the controller.
  }, []);

  useEffect(() => {
    controllerRef.current?.setAttribution(mergeAttribution(attribution, metadata?.attribution ?? []));
  }, [metadata, attribution, controllerRef]);

  return (
    <div className="map-container" ref={containerRef} role="region" aria-label="Map of incidents">
      {popupEl && incident && createPortal(<IncidentDetails incident={incident} />, popupEl)}
    </div>
  );
}

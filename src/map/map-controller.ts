import {
  AttributionControl,
  LngLatBounds,
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  Popup,
  ScaleControl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type MapMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import type { Feature, Point } from 'geojson';
import type { GeoPrecision, IncidentFeature } from '../../geo/types.ts';
import { isCoarsePrecision } from '../event-styles.ts';
import { reviewStatusOf } from '../project/review-state.ts';
import {
  CLICKABLE_LAYERS,
  CLUSTER_MAX_ZOOM,
  clusterLayer,
  FOCUS_SOURCE,
  focusSource,
  INCIDENT_LAYERS,
  INCIDENT_SOURCE,
  incidentSource,
  radiusAtZoom0,
  type MarkerProperties,
  uncertaintyLayer,
} from './incident-layers.ts';
import { BASEMAP_FIRST_LABEL_LAYER } from './basemap-style.ts';
import { clusterCountLabels, drawImageByName } from './marker-images.ts';

type MarkerFeature = Feature<Point, MarkerProperties> & { id: number };

export interface MapControllerOptions {
  container: HTMLElement;
  style: StyleSpecification | string;
  /** Used instead when `style` is a URL that fails to load: the map must work offline. */
  fallbackStyle: StyleSpecification;
  /** Attribution for the basemap and the data; HTML allowed, so only trusted strings. */
  attribution: string[];
  center: [number, number];
  zoom: number;
  onSelect(id: string | null): void;
  onViewChange(center: [number, number], zoom: number): void;
  /** The popup's content element, for React to render into (null when it closes). */
  onPopupChange(container: HTMLElement | null): void;
  /** False where the details show outside the map (a phone's panel below it). */
  usePopup(): boolean;
}

/** Zoom that frames an incident's uncertainty: a street corner close up, a country from afar. */
const ZOOM_FOR_PRECISION: Record<GeoPrecision, number> = {
  site: 13,
  neighbourhood: 12,
  city: 10,
  district: 9,
  region: 7,
  country: 5.5,
  sea: 5,
};

/** Owns the MapLibre map. React creates it once and talks to it through these methods; the map
 * never lives in React state, so a re-render cannot recreate or stall it. */
export class MapController {
  readonly map: MapLibreMap;
  private readonly options: MapControllerOptions;
  private incidents: IncidentFeature[] = [];
  private markers: MarkerFeature[] = [];
  private idToIndex = new Map<string, number>();
  private visible: number[] | null = null;
  private styleReady = false;
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  private popup: Popup | null = null;
  private dragMarker: Marker | null = null;
  /** Indices whose marker changed in place since the last send (an analyst's edit). */
  private changed: number[] = [];
  private closingPopup = false;
  private attributionControl!: AttributionControl;
  private destroyed = false;
  /** The latest data update sent to the worker. */
  private lastUpdate: Promise<void> = Promise.resolve();

  constructor(options: MapControllerOptions) {
    this.options = options;
    this.map = new MapLibreMap({
      container: options.container,
      style: options.style,
      center: options.center,
      zoom: options.zoom,
      attributionControl: false,
      // Nothing to fetch from elsewhere; keep the tile cache small for phones.
      maxTileCacheSize: 200,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      canvasContextAttributes: { antialias: false },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.addAttribution(options.attribution);

    // Markers, cluster counts and badges are drawn when first needed: no sprite file to fetch.
    this.map.setMissingStyleImageResolver((id) => {
      const img = drawImageByName(id);
      if (img && !this.map.hasImage(id)) this.map.addImage(id, img.image, { pixelRatio: img.pixelRatio });
    });
    this.map.on('error', (e) => {
      // An online style that cannot be reached must not leave a blank, unusable map.
      if (!this.styleReady && typeof this.options.style === 'string') {
        console.warn('Style failed to load; using the embedded fallback.', e.error);
        this.options.style = this.options.fallbackStyle;
        this.map.setStyle(this.options.fallbackStyle);
      }
    });
    this.map.on('load', () => this.onStyleLoaded());
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      this.options.onViewChange([c.lng, c.lat], this.map.getZoom());
    });
    this.map.on('click', (e) => void this.onClick(e));
    for (const layer of CLICKABLE_LAYERS) {
      this.map.on('mouseenter', layer, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', layer, () => (this.map.getCanvas().style.cursor = ''));
    }
  }

  private onStyleLoaded(): void {
    if (this.destroyed) return;
    this.styleReady = true;
    this.map.addSource(INCIDENT_SOURCE, incidentSource());
    this.map.addSource(FOCUS_SOURCE, focusSource());
    // The uncertainty shading goes under the basemap's labels so place names stay legible;
    // markers and clusters go on top, since they are what the map is for.
    const labels = this.map.getLayer(BASEMAP_FIRST_LABEL_LAYER) ? BASEMAP_FIRST_LABEL_LAYER : undefined;
    for (const layer of INCIDENT_LAYERS) this.map.addLayer(layer, layer === uncertaintyLayer ? labels : undefined);
    this.pushData();
    this.pushFocus();
    if (this.selectedId !== null) this.openPopup(this.selectedId);
    this.map.once('idle', () => this.preloadCountImages());
  }

  private countImagesUpTo = 0;

  /** Draws every cluster count label the loaded incidents can produce, once the map is first
   * idle. A filter change makes new counts; an image the map lacks is asked for by the worker
   * per tile, and each one added mid-load re-renders the map (150-250 ms a frame in software
   * WebGL) while the next tile's request waits behind that frame. In chunks of 200 labels
   * (about 80 ms each), so the page stays responsive meanwhile. */
  private preloadCountImages(): void {
    if (this.destroyed || !this.styleReady || this.markers.length <= this.countImagesUpTo) return;
    const labels = clusterCountLabels(this.countImagesUpTo, this.markers.length);
    this.countImagesUpTo = this.markers.length;
    const chunk = (from: number) => {
      if (this.destroyed) return;
      for (const label of labels.slice(from, from + 200)) {
        const id = `count-${label}`;
        if (this.map.hasImage(id)) continue;
        const img = drawImageByName(id);
        if (img) this.map.addImage(id, img.image, { pixelRatio: img.pixelRatio });
      }
      if (from + 200 < labels.length) setTimeout(() => chunk(from + 200), 50);
    };
    setTimeout(() => chunk(0), 50);
  }

  /** Replaces the incidents (and which are visible). Builds the slim marker features once;
   * filter changes then only pick from them. */
  setIncidents(incidents: IncidentFeature[], visible: number[] | null = null): void {
    const previous = this.incidents;
    // An analyst's edit replaces a few incidents in an otherwise identical array: resend only
    // those (updateData replaces features by id), not all 100,000.
    const inPlace = this.sent !== null && previous.length === incidents.length && incidents.every((f, i) => f.id === previous[i]!.id);
    this.incidents = incidents;
    if (inPlace) {
      incidents.forEach((f, i) => {
        if (f === previous[i]) return;
        this.markers[i] = markerOf(f, i);
        this.changed.push(i);
      });
    } else {
      this.idToIndex = new Map();
      this.markers = incidents.map((f, i) => {
        this.idToIndex.set(f.id, i);
        return markerOf(f, i);
      });
      this.changed = [];
      this.sent = null;
    }
    this.visible = visible !== null && visible.length === this.markers.length ? null : visible;
    this.pushData();
    this.pushFocus();
    if (this.styleReady) this.map.once('idle', () => this.preloadCountImages());
    // The open popup follows its incident when the analyst moves it.
    const selected = this.selectedId === null ? undefined : this.incident(this.selectedId);
    if (selected && this.popup?.isOpen()) this.popup.setLngLat(selected.geometry.coordinates);
  }

  /** Shows only these incidents (indices into the loaded array); null shows all. */
  setVisible(indices: number[] | null): void {
    this.visible = indices !== null && indices.length === this.markers.length ? null : indices;
    this.pushData();
  }

  /** What the worker holds, one byte per incident; null before the first full send. */
  private sent: Uint8Array | null = null;

  /** Sends the visible markers to the worker. A narrowing filter sends only the ids to drop
   * (updateData), which costs almost nothing to post; copying 100,000 features to the worker
   * (structured clone) is the expensive part, so a full setData happens only when most of the
   * markers would have to be sent anyway. */
  private inFlight = false;
  private dirty = false;

  /** One worker update at a time, and the latest state wins: typing "kharkiv" must not queue
   * seven reclusterings of 100,000 points behind each other. */
  private pushData(): void {
    if (!this.styleReady) return;
    if (this.inFlight) {
      this.dirty = true;
      return;
    }
    this.sendData();
    if (!this.inFlight) return;
    const done = () => {
      this.inFlight = false;
      if (this.dirty && !this.destroyed) {
        this.dirty = false;
        this.pushData();
      }
    };
    void this.lastUpdate.then(done, done);
  }

  /** Resolves when the worker has every change so far, coalesced ones included. */
  private async whenUpdated(): Promise<void> {
    do {
      await this.lastUpdate.catch(() => undefined);
    } while (this.inFlight || this.dirty);
  }

  private sendData(): void {
    const source = this.map.getSource<GeoJSONSource>(INCIDENT_SOURCE);
    if (!source) return;
    const n = this.markers.length;
    const next = new Uint8Array(n);
    if (this.visible === null) next.fill(1);
    else for (const i of this.visible) next[i] = 1;
    const shown = this.visible === null ? n : this.visible.length;
    if (this.sent !== null && this.sent.length === n) {
      const add: MarkerFeature[] = [];
      const remove: number[] = [];
      for (let i = 0; i < n; i++) {
        if (next[i] === this.sent[i]) continue;
        if (next[i]) add.push(this.markers[i]!);
        else remove.push(i);
      }
      // Changed markers the worker already shows: sent again, replacing the old ones.
      for (const i of this.changed) if (next[i] && this.sent[i]) add.push(this.markers[i]!);
      this.changed = [];
      if (add.length === 0 && remove.length === 0) return;
      if (add.length <= shown / 2) {
        this.sent = next;
        this.inFlight = true;
        this.lastUpdate = source.updateData({ add, remove });
        return;
      }
    }
    this.sent = next;
    this.changed = [];
    const features = this.visible === null ? this.markers : this.visible.map((i) => this.markers[i]!);
    this.inFlight = true;
    this.lastUpdate = source.setData({ type: 'FeatureCollection', features });
  }

  select(id: string | null): void {
    if (id !== null && !this.idToIndex.has(id)) id = null;
    if (id === this.selectedId && (id === null || this.popup?.isOpen())) return;
    this.selectedId = id;
    this.pushFocus();
    if (id === null) this.closePopup();
    else if (this.styleReady) this.openPopup(id);
  }

  highlight(id: string | null): void {
    if (id === this.hoveredId) return;
    this.hoveredId = id;
    this.pushFocus();
  }

  private pushFocus(): void {
    if (!this.styleReady) return;
    const features: Feature[] = [];
    const add = (id: string | null, role: string) => {
      const i = id === null ? undefined : this.idToIndex.get(id);
      if (i === undefined) return;
      const m = this.markers[i]!;
      features.push({ ...m, id: undefined, properties: { ...m.properties, role } });
    };
    if (this.hoveredId !== this.selectedId) add(this.hoveredId, 'hover');
    add(this.selectedId, 'selected');
    void this.map.getSource<GeoJSONSource>(FOCUS_SOURCE)?.setData({ type: 'FeatureCollection', features });
  }

  /** Flies to an incident at a zoom that matches how precisely it is placed. */
  flyTo(id: string): void {
    const f = this.incident(id);
    if (!f) return;
    const target = ZOOM_FOR_PRECISION[f.properties.geo_precision];
    const zoom = Math.max(target, Math.min(this.map.getZoom(), target + 2));
    // The marker lands below the middle, leaving the popup room above it.
    const offsetY = this.options.usePopup() ? this.map.getContainer().clientHeight * 0.22 : 0;
    this.map.flyTo({ center: f.geometry.coordinates, zoom, duration: 900, offset: [0, offsetY] });
  }

  /** Puts a draggable marker on an incident; dropping it reports the new point (and removes
   * it). The map's own markers are drawn in WebGL and cannot be dragged, so this DOM marker
   * stands in for the selected one while the analyst moves it. */
  startDrag(id: string, onDrop: (lngLat: [number, number]) => void): void {
    this.stopDrag();
    const f = this.incident(id);
    if (!f) return;
    const marker = new Marker({ draggable: true, color: '#0b5cad', className: 'review-drag-marker' })
      .setLngLat(f.geometry.coordinates)
      .addTo(this.map);
    marker.getElement().setAttribute('aria-label', 'Drag to move the incident');
    marker.getElement().title = 'Drag to where the incident happened';
    marker.on('dragend', () => {
      const p = marker.getLngLat();
      this.stopDrag();
      onDrop([Math.round(p.lng * 1e5) / 1e5, Math.round(p.lat * 1e5) / 1e5]);
    });
    this.dragMarker = marker;
  }

  stopDrag(): void {
    this.dragMarker?.remove();
    this.dragMarker = null;
  }

  isDragging(): boolean {
    return this.dragMarker !== null;
  }

  /** Page coordinates of the drag marker, for tests. */
  dragMarkerPosition(): { x: number; y: number } | null {
    if (!this.dragMarker) return null;
    const r = this.dragMarker.getElement().getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.bottom - 4 };
  }

  jumpTo(center: [number, number], zoom: number): void {
    const c = this.map.getCenter();
    if (Math.abs(c.lng - center[0]) < 1e-4 && Math.abs(c.lat - center[1]) < 1e-4 && Math.abs(this.map.getZoom() - zoom) < 0.01) return;
    this.map.jumpTo({ center, zoom });
  }

  /** Frames all incidents (the first view of a file with no view in the URL). */
  fitToIncidents(): void {
    if (this.markers.length === 0) return;
    const b = new LngLatBounds();
    for (const m of this.markers) b.extend(m.geometry.coordinates as [number, number]);
    // Extra room at the bottom for the legend and the attribution.
    this.map.fitBounds(b, { padding: { top: 50, left: 50, right: 60, bottom: 90 }, maxZoom: 7, duration: 0 });
  }

  setAttribution(attribution: string[]): void {
    this.map.removeControl(this.attributionControl);
    this.addAttribution(attribution);
  }

  private addAttribution(attribution: string[]): void {
    this.attributionControl = new AttributionControl({ compact: true, customAttribution: attribution });
    this.map.addControl(this.attributionControl, 'bottom-right');
    // On a phone the open attribution covers a fifth of the map; start it folded behind its (i).
    if (window.innerWidth < 700) {
      this.options.container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    }
  }

  /** Resolves once the last data change is drawn and the map is still (tests, benchmark). */
  async settled(): Promise<void> {
    // Data set before the style loaded is pushed in the 'load' handler registered first.
    if (!this.styleReady) await new Promise<void>((resolve) => this.map.once('load', () => resolve()));
    await this.whenUpdated();
    await new Promise<void>((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  /** Resolves at the first frame drawn with the last data change (the benchmark's "filter
   * reaches the map"); settled() also waits for fades and every other tile. */
  async drawn(): Promise<void> {
    await this.whenUpdated();
    await new Promise<void>((resolve) => {
      const check = () => {
        if (!this.map.isSourceLoaded(INCIDENT_SOURCE)) return;
        this.map.off('render', check);
        resolve();
      };
      this.map.on('render', check);
      this.map.triggerRepaint();
    });
  }

  /** Incidents drawn in the viewport: unclustered points plus the counts of clusters. */
  renderedCount(): number {
    if (!this.styleReady) return 0;
    let n = 0;
    for (const f of this.map.queryRenderedFeatures({ layers: ['incident-clusters'] })) n += Number(f.properties.point_count);
    const points = new Set(this.map.queryRenderedFeatures({ layers: ['incident-markers'] }).map((f) => (f.properties as MarkerProperties).i));
    return n + points.size;
  }

  incident(id: string): IncidentFeature | undefined {
    const i = this.idToIndex.get(id);
    return i === undefined ? undefined : this.incidents[i];
  }

  /** Page coordinates of an incident, for tests that click the canvas. */
  project(id: string): { x: number; y: number } | null {
    const f = this.incident(id);
    if (!f) return null;
    const p = this.map.project(f.geometry.coordinates);
    const r = this.map.getCanvasContainer().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }

  private async onClick(e: MapMouseEvent): Promise<void> {
    if (!this.styleReady) return;
    // A small box, not a point: fingers and small markers both miss by a few pixels.
    const pad = 6;
    const hits = this.map.queryRenderedFeatures(
      [
        [e.point.x - pad, e.point.y - pad],
        [e.point.x + pad, e.point.y + pad],
      ],
      { layers: CLICKABLE_LAYERS },
    );
    if (hits.length === 0) {
      this.options.onSelect(null);
      return;
    }
    const focus = hits.find((h) => h.layer.id === 'incident-focus-marker');
    const cluster = hits.find((h) => h.layer.id === clusterLayer.id);
    const points = uniqueIndices(hits.filter((h) => h.layer.id === 'incident-markers' || h.layer.id === 'incident-badges'));
    if (points.length === 1) return this.options.onSelect(this.incidents[points[0]!]!.id);
    if (points.length > 1) return this.openChooser(points, e.lngLat.toArray());
    if (cluster) return this.expandCluster(cluster);
    if (focus && this.selectedId !== null) this.openPopup(this.selectedId);
  }

  private async expandCluster(cluster: MapGeoJSONFeature): Promise<void> {
    const source = this.map.getSource<GeoJSONSource>(INCIDENT_SOURCE);
    const clusterId = cluster.properties.cluster_id as number;
    const center = (cluster.geometry as Point).coordinates as [number, number];
    if (!source) return;
    const zoom = await source.getClusterExpansionZoom(clusterId);
    if (zoom <= CLUSTER_MAX_ZOOM) {
      this.map.easeTo({ center, zoom: zoom + 0.1, duration: 500 });
      return;
    }
    // Splits only past the cluster zoom: if the points share one spot, zooming will not help.
    const leaves = await source.getClusterLeaves(clusterId, 200, 0);
    const spots = new Set(leaves.map((l) => (l.geometry as Point).coordinates.join(',')));
    if (spots.size > 1) this.map.easeTo({ center, zoom: zoom + 0.1, duration: 500 });
    else this.openChooser(leaves.map((l) => (l.properties as MarkerProperties).i), center);
  }

  /** Several incidents at one spot: a list to pick from, plain text only. */
  private openChooser(indices: number[], at: [number, number]): void {
    this.closePopup();
    const box = document.createElement('div');
    box.className = 'chooser';
    const h = document.createElement('p');
    h.className = 'chooser-title';
    h.textContent = `${indices.length} incidents here`;
    const ul = document.createElement('ul');
    for (const i of indices.slice(0, 100)) {
      const f = this.incidents[i];
      if (!f) continue;
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = `${f.properties.event_date ?? 'undated'} · ${f.properties.title}`;
      b.addEventListener('click', () => this.options.onSelect(f.id));
      li.append(b);
      ul.append(li);
    }
    box.append(h, ul);
    this.popup = new Popup({ closeOnClick: false, maxWidth: 'min(360px, 86vw)', className: 'incident-popup' })
      .setLngLat(at)
      .setDOMContent(box)
      .addTo(this.map);
    this.popup.on('close', () => {
      if (!this.closingPopup) this.popup = null;
    });
  }

  private openPopup(id: string): void {
    const f = this.incident(id);
    if (!f || !this.options.usePopup()) return;
    this.closePopup();
    const content = document.createElement('div');
    content.className = 'popup-content';
    const popup = new Popup({
      closeOnClick: false,
      maxWidth: 'min(380px, 88vw)',
      className: 'incident-popup',
      offset: 16,
      padding: { top: 10, bottom: 10, left: 10, right: 10 },
    })
      .setLngLat(f.geometry.coordinates)
      .setDOMContent(content)
      .addTo(this.map);
    popup.on('close', () => {
      if (this.closingPopup) return;
      // Closed by the user (× or Escape): the selection goes with it.
      this.popup = null;
      this.options.onPopupChange(null);
      this.options.onSelect(null);
    });
    // Escape closes it from the keyboard, like any dialog.
    popup.getElement().addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.options.onSelect(null);
    });
    this.popup = popup;
    this.options.onPopupChange(content);
  }

  private closePopup(): void {
    if (!this.popup) return;
    this.closingPopup = true;
    this.popup.remove();
    this.closingPopup = false;
    this.popup = null;
    this.options.onPopupChange(null);
  }

  destroy(): void {
    this.destroyed = true;
    this.stopDrag();
    this.closePopup();
    this.map.remove();
  }
}

function markerOf(f: IncidentFeature, i: number): MarkerFeature {
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  return {
    type: 'Feature',
    id: i,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: {
      i,
      t: p.event_type,
      h: isCoarsePrecision(p.geo_precision) ? 1 : 0,
      n: p.sources.length,
      rz: p.geo_precision === 'site' ? 0 : radiusAtZoom0(p.radius_km, lat),
      r: reviewStatusOf(f) === 'rejected' ? 1 : 0,
    },
  };
}

function uniqueIndices(features: MapGeoJSONFeature[]): number[] {
  return [...new Set(features.map((f) => (f.properties as MarkerProperties).i))];
}

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
import { EVENT_TYPE_ORDER, isCoarsePrecision } from '../event-styles.ts';
import { reviewStatusOf } from '../project/review-state.ts';
import {
  CLICKABLE_LAYERS,
  CLUSTER_MAX_ZOOM,
  CLUSTER_RADIUS,
  FOCUS_SOURCE,
  focusSource,
  INCIDENT_LAYERS,
  INCIDENT_SOURCE,
  AREA_SOURCE,
  MARKER_TILE_SIZE,
  incidentSource,
  markerLayer,
  radiusAtZoom0,
  type MarkerProperties,
  uncertaintyLayer,
} from './incident-layers.ts';
import { BASEMAP_FIRST_LABEL_LAYER } from './basemap-style.ts';
import { clusterImageName, drawImageByName, markerImageName } from './marker-images.ts';
import { boxContains, boxOf, ClusterIndex, type Box } from './cluster-index.ts';

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

/** Uncertainty circles larger than this (radius, screen pixels) are not drawn. */
const MAX_UNCERTAINTY_PX = 400;

/** Owns the MapLibre map. React creates it once and talks to it through these methods; the map
 * never lives in React state, so a re-render cannot recreate or stall it. */
export class MapController {
  readonly map: MapLibreMap;
  private readonly options: MapControllerOptions;
  private incidents: readonly IncidentFeature[] = [];
  /** The map's slim copy of each incident, made when first sent (a few hundred are on screen;
   * making 100,000 up front cost ~60 ms of the load and their garbage). */
  private markers: (MarkerFeature | undefined)[] = [];
  /** Each incident's uncertainty radius in pixels at zoom 0 (MarkerProperties.rz), for all. */
  private rz = new Float64Array(0);
  private idToIndex = new Map<string, number>();
  private styleReady = false;
  /** The basemap has rendered completely once ('load'): an error before that falls back. */
  private basemapDrawn = false;
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  private popup: Popup | null = null;
  private dragMarker: Marker | null = null;
  private closingPopup = false;
  private attributionControl!: AttributionControl;
  private destroyed = false;
  /** The latest update of the incidents source. */
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
      // Labels and markers appear at once rather than fading in over 300 ms: a filter change
      // shows in one frame, together with the list, instead of a train of fade frames (each a
      // full repaint, which software rendering pays ~100 ms for).
      fadeDuration: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.addAttribution(options.attribution);

    // Markers and badges are drawn when first needed: no sprite file to fetch.
    this.map.setMissingStyleImageResolver((id) => this.ensureImage(id));
    this.map.on('error', (e) => {
      // An online style that cannot be reached must not leave a blank, unusable map.
      if (!this.basemapDrawn && typeof this.options.style === 'string') {
        console.warn('Style failed to load; using the embedded fallback.', e.error);
        this.options.style = this.options.fallbackStyle;
        this.map.setStyle(this.options.fallbackStyle);
      }
    });
    // 'style.load', not 'load': 'load' waits for the basemap's first complete render, and the
    // incidents' layers, images and data need not wait for it (nor the data for them).
    this.map.on('style.load', () => this.onStyleLoaded());
    this.map.on('load', () => (this.basemapDrawn = true));
    this.map.on('move', () => this.onMove());
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
    // Once per style: a second 'style.load' of the same style would find the sources there.
    if (this.destroyed || this.map.getSource(INCIDENT_SOURCE)) return;
    this.styleReady = true;
    this.map.addSource(INCIDENT_SOURCE, incidentSource());
    // Set before any tile is requested; MapLibre reads it when it picks the tiles to load.
    this.map.getSource<GeoJSONSource>(INCIDENT_SOURCE)!.tileSize = MARKER_TILE_SIZE;
    this.map.addSource(AREA_SOURCE, incidentSource());
    this.map.addSource(FOCUS_SOURCE, focusSource());
    // The uncertainty shading goes under the basemap's labels so place names stay legible;
    // markers and clusters go on top, since they are what the map is for.
    const labels = this.map.getLayer(BASEMAP_FIRST_LABEL_LAYER) ? BASEMAP_FIRST_LABEL_LAYER : undefined;
    for (const layer of INCIDENT_LAYERS) this.map.addLayer(layer, layer === uncertaintyLayer ? labels : undefined);
    // The plain markers, drawn now rather than asked for per tile; those with a report badge
    // and the cluster discs are drawn as the features that show them are sent.
    for (const t of EVENT_TYPE_ORDER) for (const hollow of [false, true]) this.ensureImage(markerImageName(t, hollow, 1));
    this.pushData();
    this.pushFocus();
    if (this.selectedId !== null) this.openPopup(this.selectedId);
  }

  /** Draws an image the layers name (a marker, a cluster disc) unless the map has it. Images are
   * added before the features that show them: an image the worker finds missing costs a round
   * trip and a repaint per tile. */
  private ensureMarkerImage(p: MarkerProperties): void {
    this.ensureImage(markerImageName(p.t, p.h === 1, p.n));
  }

  private ensureImage(id: string): void {
    if (this.map.hasImage(id)) return;
    const img = drawImageByName(id);
    if (img) this.map.addImage(id, img.image, { pixelRatio: img.pixelRatio });
  }

  /** Replaces the incidents (and which are visible). Builds the cluster hierarchy once; filter
   * changes then only re-count it. */
  setIncidents(incidents: readonly IncidentFeature[], visible: number[] | null = null): void {
    // The same array again (saved edits arriving, none of them active): nothing to rebuild.
    if (incidents === this.incidents && this.clusters !== null) return this.setVisible(visible);
    const previous = this.incidents;
    this.visible = undefined;
    // An analyst's edit replaces a few incidents in an otherwise identical array: the hierarchy
    // is rebuilt only when one of them moved.
    const inPlace = this.clusters !== null && previous.length === incidents.length && incidents.every((f, i) => f.id === previous[i]!.id);
    this.incidents = incidents;
    let moved = !inPlace;
    if (inPlace) {
      incidents.forEach((f, i) => {
        if (f === previous[i]) return;
        const before = previous[i]!.geometry.coordinates;
        const after = f.geometry.coordinates;
        if (before[0] !== after[0] || before[1] !== after[1]) moved = true;
        this.markers[i] = undefined;
        this.rz[i] = radiusOf(f);
      });
    } else {
      this.idToIndex = new Map();
      this.markers = new Array(incidents.length);
      this.rz = new Float64Array(incidents.length);
      incidents.forEach((f, i) => {
        this.idToIndex.set(f.id, i);
        this.rz[i] = radiusOf(f);
      });
    }
    if (moved) {
      const lonLat = new Float64Array(incidents.length * 2);
      incidents.forEach((f, i) => {
        lonLat[2 * i] = f.geometry.coordinates[0]!;
        lonLat[2 * i + 1] = f.geometry.coordinates[1]!;
      });
      this.clusters = new ClusterIndex(lonLat, { radius: CLUSTER_RADIUS, maxZoom: CLUSTER_MAX_ZOOM });
    }
    this.setVisible(visible);
    this.pushFocus();
    // The open popup follows its incident when the analyst moves it.
    const selected = this.selectedId === null ? undefined : this.incident(this.selectedId);
    if (selected && this.popup?.isOpen()) this.popup.setLngLat(selected.geometry.coordinates);
  }

  private marker(i: number): MarkerFeature {
    return (this.markers[i] ??= markerOf(this.incidents[i]!, i));
  }

  /** Shows only these incidents (indices into the loaded array); null shows all. */
  setVisible(indices: number[] | null): void {
    if (!this.clusters) return;
    // The filters' selectors hand back the same array while nothing changed.
    if (indices === this.visible) return;
    this.visible = indices;
    let shown: Uint8Array | null = null;
    if (indices !== null && indices.length !== this.incidents.length) {
      shown = new Uint8Array(this.incidents.length);
      for (const i of indices) shown[i] = 1;
    }
    this.clusters.setShown(shown);
    this.pushData();
  }

  /** The hierarchy of the loaded incidents (null before the first). */
  private clusters: ClusterIndex | null = null;
  /** The indices last passed to setVisible (undefined: none yet for these incidents). */
  private visible: number[] | null | undefined = undefined;
  /** What the map's source holds: the clusters of one zoom level inside one box. */
  private covered: { level: number; box: Box } | null = null;
  private inFlight = false;
  private dirty = false;

  /** One source update at a time, and the latest state wins: typing "kharkiv" or a fast zoom
   * must not queue updates behind each other. */
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

  /** Resolves when the source has every change so far, coalesced ones included. */
  private async whenUpdated(): Promise<void> {
    do {
      await this.lastUpdate.catch(() => undefined);
    } while (this.inFlight || this.dirty);
  }

  private viewBounds(): [number, number, number, number] {
    const b = this.map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  }

  /** A pan past the margin, or a zoom to another cluster level, needs new features. */
  private onMove(): void {
    if (!this.covered || !this.clusters) return;
    const level = this.clusters.levelAt(this.map.getZoom());
    if (level !== this.covered.level || !boxContains(this.covered.box, boxOf(this.viewBounds(), 0))) this.pushData();
  }

  /** Sends the clusters and lone incidents of the view's zoom level, for the view and one view's
   * width and height around it: a few hundred features, whatever the number of incidents. */
  private sendData(): void {
    const source = this.map.getSource<GeoJSONSource>(INCIDENT_SOURCE);
    const areas = this.map.getSource<GeoJSONSource>(AREA_SOURCE);
    if (!source || !areas || !this.clusters) return;
    const level = this.clusters.levelAt(this.map.getZoom());
    const box = boxOf(this.viewBounds(), 1);
    // An uncertainty circle is drawn to scale (rz pixels at zoom 0 is rz / 512 mercator units),
    // up to a size that still says something: one wider than the view only tints it, and a few
    // hundred stacked ones (a sea's incidents) cost seconds a frame in software rendering. Past
    // that, the hollow marker and the popup say how imprecise the place is.
    const maxRz = MAX_UNCERTAINTY_PX / 2 ** level;
    const items = this.clusters.itemsAt(level, box, (i) => {
      const rz = this.rz[i]!;
      return rz > maxRz ? 0 : rz / 512;
    });
    const features: Feature[] = items.map((item) => {
      if (item.kind === 'point') {
        const m = this.marker(item.index);
        this.ensureMarkerImage(m.properties);
        return m.properties.rz > maxRz ? { ...m, properties: { ...m.properties, rz: 0 } } : m;
      }
      const image = clusterImageName(item.count);
      this.ensureImage(image);
      return {
        type: 'Feature',
        id: this.incidents.length + item.id,
        geometry: { type: 'Point', coordinates: [item.lon, item.lat] },
        properties: { cluster: true, cluster_id: item.id, point_count: item.count, image },
      };
    });
    this.covered = { level, box };
    this.inFlight = true;
    const withArea = features.filter((f) => (f.properties as Partial<MarkerProperties>).rz! > 0);
    this.lastUpdate = Promise.all([
      source.setData({ type: 'FeatureCollection', features }),
      areas.setData({ type: 'FeatureCollection', features: withArea }),
    ]).then(() => undefined);
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
      const m = this.marker(i);
      this.ensureMarkerImage(m.properties);
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
    if (this.incidents.length === 0) return;
    const b = new LngLatBounds();
    for (const f of this.incidents) b.extend(f.geometry.coordinates as [number, number]);
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
    // Data set before the style loaded is pushed in the 'style.load' handler registered first.
    if (!this.styleReady) await new Promise<void>((resolve) => this.map.once('style.load', () => resolve()));
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
        if (!this.map.isSourceLoaded(INCIDENT_SOURCE) || !this.map.isSourceLoaded(AREA_SOURCE)) return;
        this.map.off('render', check);
        resolve();
      };
      this.map.on('render', check);
      this.map.triggerRepaint();
    });
  }

  private inView(lngLat: [number, number] | number[]): boolean {
    const p = this.map.project(lngLat as [number, number]);
    const c = this.map.getCanvas();
    return p.x >= 0 && p.y >= 0 && p.x <= c.clientWidth && p.y <= c.clientHeight;
  }

  /** Incidents drawn in the viewport: unclustered points plus the counts of clusters. */
  renderedCount(): number {
    if (!this.styleReady) return 0;
    let n = 0;
    const points = new Set<number>();
    for (const f of this.map.queryRenderedFeatures({ layers: [markerLayer.id] })) {
      if (f.properties.cluster) n += Number(f.properties.point_count);
      else points.add((f.properties as MarkerProperties).i);
    }
    return n + points.size;
  }

  /** Incidents whose uncertainty circle is drawn in the viewport. */
  renderedAreas(): string[] {
    if (!this.styleReady) return [];
    const ids = new Set(this.map.queryRenderedFeatures({ layers: [uncertaintyLayer.id] }).map((f) => this.incidents[(f.properties as MarkerProperties).i]!.id));
    return [...ids].sort();
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
    const cluster = hits.find((h) => h.layer.id === markerLayer.id && h.properties.cluster);
    const points = uniqueIndices(hits.filter((h) => h.layer.id === markerLayer.id && !h.properties.cluster));
    if (points.length === 1) return this.options.onSelect(this.incidents[points[0]!]!.id);
    if (points.length > 1) return this.openChooser(points, e.lngLat.toArray());
    if (cluster) return this.expandCluster(cluster);
    if (focus && this.selectedId !== null) this.openPopup(this.selectedId);
  }

  private expandCluster(cluster: MapGeoJSONFeature): void {
    if (!this.clusters || !this.covered) return;
    const id = cluster.properties.cluster_id as number;
    const level = this.covered.level;
    const center = (cluster.geometry as Point).coordinates as [number, number];
    const zoom = this.clusters.expansionZoom(level, id);
    if (zoom <= CLUSTER_MAX_ZOOM) {
      this.map.easeTo({ center, zoom: zoom + 0.1, duration: 500 });
      return;
    }
    // Splits only past the cluster zoom: if the points share one spot, zooming will not help.
    const leaves = this.clusters.members(level, id);
    const spots = new Set(leaves.map((i) => this.incidents[i]!.geometry.coordinates.join(',')));
    if (spots.size > 1) this.map.easeTo({ center, zoom: zoom + 0.1, duration: 500 });
    else this.openChooser(leaves.slice(0, 200), center);
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
    // A selection can lie outside the view (a shared link whose sender had panned away, an
    // undo that moved it back): centre it, or its popup would open off-screen. A fly-to under
    // way (a click in the list) is already bringing it into view.
    if (!this.map.isMoving() && !this.inView(f.geometry.coordinates)) this.map.jumpTo({ center: f.geometry.coordinates });
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
      rz: radiusOf(f),
      r: reviewStatusOf(f) === 'rejected' ? 1 : 0,
    },
  };
}

/** MarkerProperties.rz: the uncertainty circle's radius at zoom 0 (none for a site). */
function radiusOf(f: IncidentFeature): number {
  return f.properties.geo_precision === 'site' ? 0 : radiusAtZoom0(f.properties.radius_km, f.geometry.coordinates[1]!);
}

function uniqueIndices(features: MapGeoJSONFeature[]): number[] {
  return [...new Set(features.map((f) => (f.properties as MarkerProperties).i))];
}

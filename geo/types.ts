// The data that flows through the pipeline, in the order it flows:
// Report -> Sentence -> Mention -> ResolvedMention -> Incident -> IncidentFeature (GeoJSON).
// These types describe the data, not the code that makes it; the GeoJSON types at the end are the
// contract between the pipeline, the map, the popups and the downloads.

/** A news report as the readers hand it to the pipeline. `text` is kept exactly as given: every
 * offset in a mention or a quote points into it. */
export interface Report {
  id: string;
  outlet: string | null;
  title: string | null;
  /** Publication date, YYYY-MM-DD, or null when the input gave none (dates then stay unknown). */
  published: string | null;
  url: string | null;
  text: string;
}

/** A problem with one input (a file, a line, an array element). Problems are data: the good parts
 * of an input still go through. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** The file (or other source) the problem is in. */
  source: string;
  /** Line (1-based) or array element (0-based, as `element`) when known. */
  line?: number;
  element?: number;
  message: string;
}

/** A span of the report text: [start, end) in JavaScript string units (UTF-16 code units). */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  /** True for text that is not reporting: page furniture, photo credits, "Related Articles". */
  furniture: boolean;
  /** True when the sentence begins inside quoted words opened earlier in its paragraph: the middle
   * of a resident's quoted account, where a place is the speaker's, not the report's. */
  quoteOpen: boolean;
}

export type FeatureKind =
  | 'country'
  | 'admin1'
  | 'admin2'
  | 'city'
  | 'neighbourhood'
  | 'sea'
  | 'peninsula'
  | 'region';

export type GeoPrecision = 'site' | 'neighbourhood' | 'city' | 'district' | 'region' | 'country' | 'sea';

/** One gazetteer entry, as a candidate for a mention. */
export interface Place {
  /** Gazetteer-internal index; stable for one build of the gazetteer. */
  index: number;
  /** GeoNames id where the data has one (cities, admin units), else null (seas, peninsulas). */
  geonamesId: number | null;
  name: string;
  kind: FeatureKind;
  /** GeoNames feature code (PPLA, PPLC, ADM1, ...) or our own for marine areas (SEA, STRT, GULF, PEN). */
  featureCode: string;
  countryCode: string;
  /** Admin-1 name, when the place lies in one. */
  admin1: string | null;
  /** GeoNames admin-1 code, e.g. "UA.26", when known. */
  admin1Code: string | null;
  admin2: string | null;
  lat: number;
  lon: number;
  population: number;
  /** Rough radius of the place in km: how far from the point the incident may really be. */
  radiusKm: number;
  /** For a long area drawn from the places on its shores (the Red Sea): where its named parts
   * lie ("the southern Red Sea"), by compass direction. A circle's own south would be off
   * Sudan; the shore towns of the sea's southern half put it off Yemen and Eritrea. */
  parts?: Readonly<Record<string, AreaPart>>;
}

export interface AreaPart {
  lat: number;
  lon: number;
  radiusKm: number;
}

export type MentionRole =
  | 'incident' // where something happened
  | 'speaker' // where someone spoke from ("told reporters in Washington") or a capital as government
  | 'origin' // where weapons or actors come from ("North Korean missiles", "a factory in Tatarstan")
  | 'actor' // a demonym or country acting ("Russian forces", "Ukraine said")
  | 'context' // any other mention: background, comparison, range, plans
  | 'admin_context'; // an admin unit that qualifies another mention ("X in the Y region")

export interface Candidate {
  place: Place;
  score: number;
  /** Why it scored what it did, short phrases a reviewer can read. */
  reasons: string[];
}

/** A place name found in a report, before or after resolution. */
export interface Mention extends Span {
  articleId: string;
  /** The exact words of the report, text.slice(start, end). */
  text: string;
  /** The sentence the mention is in. */
  sentence: Span;
  /** What the words around it said about its type ("region", "village", "city", ...), if anything. */
  typeCue: string | null;
  /** Demonym or adjective form ("North Korean", "Iranian-made"). */
  demonym: boolean;
}

export interface ResolvedMention extends Mention {
  /** The chosen place, or null when no candidate was good enough (a wrong place is worse than none). */
  place: Place | null;
  score: number;
  /** Runner-up candidates, best first, without the chosen one. */
  candidates: Candidate[];
  role: MentionRole;
  /** The cue that decided the role ("object of 'struck'", "speaker: 'said'", ...). */
  roleCue: string;
}

export const EVENT_TYPES = [
  'missile_strike',
  'drone_strike',
  'air_strike',
  'shelling',
  'ground_assault',
  'explosion',
  'raid',
  'ship_attack',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type DatePrecision = 'day' | 'week' | 'month' | 'unknown';

export interface ResolvedDate {
  /** YYYY-MM-DD (the first day of the week or month for coarser precision), or null. */
  date: string | null;
  precision: DatePrecision;
  /** The words the date came from, verbatim, or null when it came from the publication date alone. */
  expression: string | null;
}

/** One report's account of an incident, before merging. */
export interface Source {
  article_id: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  /** The report's own sentence(s), verbatim: report.text.slice(quote_start, quote_end). */
  quote: string;
  quote_start: number;
  quote_end: number;
  /** The exact place words, inside the quote. */
  mention: string;
  mention_start: number;
  mention_end: number;
  /** Who says so ("Russia's defence ministry", "Kirby"), or null when the report says it itself. */
  claimed_by: string | null;
  /** A denial or a not-yet-confirmed in the report ("Ukraine has not yet confirmed ..."). */
  disputed_by: string | null;
}

/** The explanation the review screen shows: why here, why an incident. */
export interface Explanation {
  mention: string;
  role_cue: string;
  score: number;
  reasons: string[];
  candidates: Array<{
    name: string;
    admin1: string | null;
    country_code: string;
    geonames_id: number | null;
    feature_code: string;
    lat: number;
    lon: number;
    score: number;
  }>;
}

export interface IncidentProperties {
  /** Stable id: the same input gives the same id. */
  id: string;
  title: string;
  event_type: EventType;
  event_date: string | null;
  date_precision: DatePrecision;
  place_name: string;
  admin1: string | null;
  country_code: string;
  geo_precision: GeoPrecision;
  /** How far from the point the incident may be, in km (0 for a site). */
  radius_km: number;
  geonames_id: number | null;
  feature_code: string;
  sources: Source[];
  explanation: Explanation;
}

export interface IncidentFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: IncidentProperties;
}

export interface IncidentCollection {
  type: 'FeatureCollection';
  features: IncidentFeature[];
  /** Foreign member (RFC 7946 §6.1): where the data came from and under what licence. */
  metadata: CollectionMetadata;
}

export interface CollectionMetadata {
  generator: string;
  schema: string;
  attribution: string[];
  reports: number;
}

export interface MentionProperties {
  article_id: string;
  start: number;
  end: number;
  mention: string;
  place_name: string;
  geonames_id: number | null;
  feature_code: string;
  country_code: string;
  admin1: string | null;
  score: number;
  role: MentionRole;
  role_cue: string;
  candidates: Explanation['candidates'];
}

export interface MentionFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: MentionProperties;
}

import type { StyleSpecification } from 'maplibre-gl';
import { BASEMAP_ATTRIBUTION, basemapStyle, styleFromUrl } from './basemap-style.ts';

/** Names the map must always credit, whatever the basemap: the incidents are placed with
 * GeoNames (CC BY 4.0 requires the credit) and Natural Earth boundaries. */
const REQUIRED_CREDITS: Array<[RegExp, string]> = [
  [/geonames/i, '© GeoNames (CC BY 4.0)'],
  [/natural earth/i, 'Natural Earth (public domain)'],
];

export interface StyleChoice {
  style: StyleSpecification | string;
  /** The embedded basemap, used if an online style cannot be loaded. */
  fallback: StyleSpecification;
  attribution: string[];
}

/** The embedded basemap unless an online style URL is configured; never requires the network. */
export function chooseStyle(styleUrl: string | null, baseUrl: string): StyleChoice {
  return {
    style: styleFromUrl(styleUrl ?? undefined, baseUrl),
    fallback: basemapStyle(baseUrl),
    attribution: mergeAttribution(BASEMAP_ATTRIBUTION, []),
  };
}

/** The attribution control's entries: the basemap's, then the data file's own (escaped: it is
 * untrusted, and MapLibre renders attribution as HTML) unless they repeat a credit already
 * given, then any required credit still missing. */
export function mergeAttribution(basemap: readonly string[], fromData: readonly string[]): string[] {
  const out = [...basemap];
  const credited = (re: RegExp) => out.some((a) => re.test(a));
  for (const a of fromData) {
    if (REQUIRED_CREDITS.some(([re]) => re.test(a) && credited(re))) continue;
    out.push(escapeHtml(a));
  }
  for (const [re, credit] of REQUIRED_CREDITS) if (!credited(re)) out.push(credit);
  return out;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

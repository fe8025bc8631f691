// Accounts from many reports -> incidents. Two outlets telling the same strike are one incident
// with two sources: the places agree (the same place, or one inside the other: a city-level and
// a region-level account match), the dates agree within a day (a night attack is dated either
// side of midnight) and the types agree. Accounts from one report never merge here: a report
// that tells two events at one place means two events.

import { parseIsoDay } from './dates.ts';
import { datesCompatible, kindsAgree, PRECISION_RANK, standApart, weaponNamedTwoWays, type Account } from './incidents.ts';
import { contains, distanceKm } from './resolve.ts';
import type { EventType } from './types.ts';

export interface MergedIncident {
  accounts: Account[];
  /** The account whose place is the most precise: it gives the incident its place. */
  lead: Account;
}

function placesAgree(a: Account, b: Account): boolean {
  if (a.place.index === b.place.index) return true;
  if (standApart(a, b)) return false;
  if (contains(a.place, b.place) || contains(b.place, a.place)) return true;
  return distanceKm(a.place, b.place) <= Math.max(5, Math.min(a.place.radiusKm, b.place.radiusKm));
}

function typesAgree(a: Account, b: Account): boolean {
  // (Across reports, one strike's weapon named two ways only at one place.)
  return kindsAgree(a.type, b.type) && (!weaponNamedTwoWays(a.type, b.type) || a.place.index === b.place.index);
}

function agree(a: Account, b: Account): boolean {
  if (a.report.id === b.report.id) return false;
  if (!a.date.date || !b.date.date) return a.place.index === b.place.index && a.type === b.type && !a.date.date && !b.date.date;
  return placesAgree(a, b) && datesCompatible(a.date, b.date, 1) && typesAgree(a, b);
}

/** Smaller footprint = more precise place. */
function moreSpecific(a: Account, b: Account): Account {
  if (a.place.radiusKm !== b.place.radiusKm) return a.place.radiusKm < b.place.radiusKm ? a : b;
  return PRECISION_RANK[a.date.precision] >= PRECISION_RANK[b.date.precision] ? a : b;
}

/** Days a dated account may be from another and still tell the same event: a week span plus a
 * day either side. Groups are filed by day so an account meets only its neighbours in time. */
const BUCKET_REACH_DAYS = 8;

export function mergeAccounts(accounts: Account[]): MergedIncident[] {
  const groups: MergedIncident[] = [];
  const byDay = new Map<number, MergedIncident[]>();
  const undated = new Map<number, MergedIncident[]>();
  // Most precise places first, so coarse accounts join the precise incident they belong to.
  const ordered = [...accounts].sort((a, b) => a.place.radiusKm - b.place.radiusKm || a.report.id.localeCompare(b.report.id) || a.sentence.start - b.sentence.start);
  for (const account of ordered) {
    const day = parseIsoDay(account.date.date);
    const nearby: MergedIncident[] = [];
    if (day === null) nearby.push(...(undated.get(account.place.index) ?? []));
    else for (let d = day - BUCKET_REACH_DAYS; d <= day + BUCKET_REACH_DAYS; d++) nearby.push(...(byDay.get(d) ?? []));
    const group = nearby.find((g) => g.accounts.every((x) => x.report.id !== account.report.id) && g.accounts.some((x) => agree(x, account)));
    if (group) {
      group.accounts.push(account);
      group.lead = moreSpecific(group.lead, account);
      continue;
    }
    const created: MergedIncident = { accounts: [account], lead: account };
    groups.push(created);
    const file = day === null ? undated : byDay;
    const key = day ?? account.place.index;
    file.set(key, [...(file.get(key) ?? []), created]);
  }
  return groups;
}

/** The best date among the accounts: the most precise, then the one the lead gives. */
export function mergedDate(incident: MergedIncident): Account['date'] {
  return [...incident.accounts].sort((a, b) => PRECISION_RANK[b.date.precision] - PRECISION_RANK[a.date.precision] || (a === incident.lead ? -1 : b === incident.lead ? 1 : 0))[0]!.date;
}

export function mergedType(incident: MergedIncident): { type: EventType; cue: string | null } {
  const lead = incident.lead;
  if (lead.type !== 'other') return { type: lead.type, cue: lead.typeCue };
  const other = incident.accounts.find((a) => a.type !== 'other');
  return other ? { type: other.type, cue: other.typeCue } : { type: 'other', cue: null };
}

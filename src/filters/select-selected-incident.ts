import type { IncidentFeature } from '../../geo/types.ts';

let lastIncidents: readonly IncidentFeature[] | null = null;
let lastId: string | null = null;
let last: IncidentFeature | undefined;

/** The selected incident, found once per selection rather than on every store change (a
 * linear search of 100,000 incidents on each hover would show). */
export function selectSelectedIncident(state: { incidents: readonly IncidentFeature[]; selectedId: string | null }): IncidentFeature | undefined {
  if (state.incidents === lastIncidents && state.selectedId === lastId) return last;
  lastIncidents = state.incidents;
  lastId = state.selectedId;
  last = state.selectedId === null ? undefined : state.incidents.find((f) => f.id === state.selectedId);
  return last;
}

import type { ReviewStatus } from '../project/types.ts';
import { facetCounts } from '../filters/facet-counts.ts';
import { plural } from '../format.ts';
import { STATUS_LABELS } from '../project/review-state.ts';
import { appStore } from '../store/app-store.ts';
import { reviewedView, selectOrphanedEdits } from '../store/review-slice.ts';
import { useAppStore } from '../store/use-app-store.ts';

const ORDER: readonly ReviewStatus[] = ['unreviewed', 'confirmed', 'rejected'];

/** The review status facet. With nothing ticked, everything but the rejected shows: a rejected
 * incident leaves the map until the analyst asks to see it. */
export function ReviewStatusFilter() {
  const statuses = useAppStore((s) => s.filters.statuses);
  const counts = useAppStore((s) => facetCounts(reviewedView(s)).status);
  const orphans = useAppStore(selectOrphanedEdits).length;
  const ticked = statuses ?? [];
  const toggle = (st: ReviewStatus) =>
    appStore.getState().setFilters({ statuses: ticked.includes(st) ? ticked.filter((x) => x !== st) : [...ticked, st] });
  return (
    <fieldset className="status-list">
      <legend>Review status</legend>
      {ORDER.map((st) => (
        <label key={st} className={counts[st] === 0 ? 'check empty' : 'check'}>
          <input type="checkbox" checked={ticked.includes(st)} onChange={() => toggle(st)} />
          <span className={`status-dot status-${st}`} aria-hidden="true" />
          <span className="check-label">{STATUS_LABELS[st]}</span>
          <span className="count">{counts[st].toLocaleString('en-GB')}</span>
        </label>
      ))}
      {ticked.length === 0 && counts.rejected > 0 && (
        <p className="note" role="status">
          {plural(counts.rejected, 'rejected incident')} hidden; tick Rejected to show.
        </p>
      )}
      {orphans > 0 && (
        <p className="note" role="status" title="Edits are anchored to a report's mention; these match no incident loaded now. They are kept, and apply again when that report is loaded.">
          {plural(orphans, 'edit')} kept for reports not loaded now.
        </p>
      )}
    </fieldset>
  );
}

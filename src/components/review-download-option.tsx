import { facetCounts } from '../filters/facet-counts.ts';
import { reviewedView } from '../store/review-slice.ts';
import { useAppStore } from '../store/use-app-store.ts';

/** "Include rejected" beside the download buttons: rejected incidents stay out of downloads
 * unless asked for. Shown only when there is a rejected incident to include. */
export function ReviewDownloadOption({ checked, onChange }: { checked: boolean; onChange(v: boolean): void }) {
  const rejected = useAppStore((s) => facetCounts(reviewedView(s)).status.rejected);
  if (rejected === 0 && !checked) return null;
  return (
    <label className="include-rejected" title="Add the rejected incidents to the GeoJSON and CSV downloads">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> Include rejected ({rejected.toLocaleString('en-GB')})
    </label>
  );
}

import { useRef, useState } from 'react';
import { downloadCsv, downloadGeoJson } from '../download.ts';
import { isFilterActive } from '../filters/filter-state.ts';
import { selectDownloadIncidents, selectVisibleIndices } from '../filters/select-visible-incidents.ts';
import { openIncidentFile } from '../open-incident-file.ts';
import { appStore } from '../store/app-store.ts';
import { reviewedView } from '../store/review-slice.ts';
import { useAppStore } from '../store/use-app-store.ts';
import { AddReportsButton } from './add-reports-panel.tsx';
import { ReviewDownloadOption } from './review-download-option.tsx';

export function HeaderBar() {
  const total = useAppStore((s) => s.incidents.length);
  const shown = useAppStore((s) => selectVisibleIndices(reviewedView(s)).length);
  const filtered = useAppStore((s) => isFilterActive(s.filters));
  const source = useAppStore((s) => s.dataSource);
  const loading = useAppStore((s) => s.loading);
  const fileInput = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [includeRejected, setIncludeRejected] = useState(false);

  // Downloads carry the incidents as reviewed; rejected ones only when asked for.
  const visible = () => selectDownloadIncidents(reviewedView(appStore.getState()), includeRejected);

  async function copyLink() {
    const imported = !appStore.getState().dataSource.includes('/');
    let text = 'Link copied.';
    try {
      await navigator.clipboard.writeText(location.href);
    } catch {
      text = 'Copy the address bar: it always holds this view.';
    }
    if (imported) text += ' It opens the default data, not your file.';
    setCopied(text);
    setTimeout(() => setCopied(null), 4000);
  }

  return (
    <header className="header">
      <div className="brand">
        <h1>Incident map</h1>
        <p className="count" aria-live="polite" data-testid="count">
          {loading ? 'Loading incidents…' : `Showing ${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} incidents`}
          {filtered && !loading && (
            <button type="button" className="link-button reset" onClick={() => appStore.getState().resetFilters()}>
              Reset filters
            </button>
          )}
        </p>
        {source && (
          <p className="source-name muted" title={source}>
            {source.split('/').pop()}
          </p>
        )}
      </div>
      <div className="actions" role="toolbar" aria-label="Data and sharing">
        <AddReportsButton />
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          Open file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          hidden
          data-testid="file-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void openIncidentFile(appStore, f);
          }}
        />
        <button
          type="button"
          className="button"
          disabled={shown === 0}
          onClick={() => downloadGeoJson(visible(), appStore.getState().metadata, filtered)}
          title="Download the incidents shown, as GeoJSON (opens in QGIS)"
        >
          GeoJSON
        </button>
        <button type="button" className="button" disabled={shown === 0} onClick={() => downloadCsv(visible(), filtered)} title="Download the incidents shown, as CSV for spreadsheets">
          CSV
        </button>
        <ReviewDownloadOption checked={includeRejected} onChange={setIncludeRejected} />
        <button type="button" className="button" onClick={() => void copyLink()}>
          Copy link
        </button>
        {copied && (
          <span className="toast" role="status">
            {copied}
          </span>
        )}
      </div>
    </header>
  );
}

import { appStore } from '../store/app-store.ts';
import { useAppStore } from '../store/use-app-store.ts';

/** Load failures and file-open results, in words; dismissable, never blocking the map. */
export function NoticeBanner() {
  const loadError = useAppStore((s) => s.loadError);
  const importMessage = useAppStore((s) => s.importMessage);
  return (
    <div className="notices">
      {loadError && (
        <div className="notice error" role="alert">
          <span>{loadError}</span>
          <button type="button" className="dismiss" aria-label="Dismiss" onClick={() => appStore.setState({ loadError: null })}>
            ×
          </button>
        </div>
      )}
      {importMessage && (
        <div className={`notice ${importMessage.kind}`} role={importMessage.kind === 'error' ? 'alert' : 'status'} data-testid="import-message">
          <span>{importMessage.text}</span>
          <button type="button" className="dismiss" aria-label="Dismiss" onClick={() => appStore.getState().setImportMessage(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}

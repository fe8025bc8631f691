import type { AppStore } from './store/app-store.ts';
import { decodeUrlState, encodeUrlState } from './url-state.ts';

/** Applies a URL hash to the store (on start and when the user edits the address). */
export function applyHash(store: AppStore, hash: string): { hasView: boolean } {
  const u = decodeUrlState(hash);
  store.setState({ filters: u.filters, selectedId: u.selectedId });
  if (u.center && u.zoom !== null) store.getState().setView(u.center, u.zoom);
  return { hasView: u.center !== null };
}

/** Keeps the address bar in step with the store, so the address is always a shareable link.
 * replaceState, not pushState: panning should not fill the back button's history. */
export function syncUrl(store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let written = location.hash.replace(/^#/, '');
  const write = () => {
    timer = null;
    const s = store.getState();
    const hash = encodeUrlState({ filters: s.filters, center: s.center, zoom: s.zoom, selectedId: s.selectedId });
    if (hash === written) return;
    written = hash;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.filters === prev.filters && s.center === prev.center && s.zoom === prev.zoom && s.selectedId === prev.selectedId) return;
    // Typing in the search box should not rewrite the URL on every key.
    timer ??= setTimeout(write, 250);
  });
  const onHashChange = () => {
    const hash = location.hash.replace(/^#/, '');
    if (hash === written) return;
    written = hash;
    applyHash(store, hash);
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
    if (timer) clearTimeout(timer);
  };
}

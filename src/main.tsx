// The entry point. It starts the incidents request first, then loads the rest of the app
// (MapLibre, React: most of the code) as its own chunk: the request no longer waits for a
// megabyte of script to be parsed and run, and a large file arrives that much sooner.

import { loadIncidents } from './load-incidents.ts';
import { dataUrlFromSearch } from './url-state.ts';

const dataUrl = dataUrlFromSearch(location.search, location.href, new URL('./data/incidents.geojson', location.href).href);
const data = loadIncidents(dataUrl);
import('./start-app.tsx').then(
  (app) => app.startApp(dataUrl, data),
  (e: unknown) => {
    // A chunk that cannot be fetched (the server stopped, a half-updated build): say so plainly.
    document.getElementById('root')!.textContent = `The incident map could not load its code (${e instanceof Error ? e.message : String(e)}). Reload the page; if that does not help, rebuild and restart the server.`;
  },
);

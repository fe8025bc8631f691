import { useStore } from 'zustand';
import { appStore, type AppState } from './app-store.ts';

/** React access to the one store; selectors must return stable values (the filter selectors
 * are memoised for this). */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}

import { createContext, type RefObject } from 'react';
import type { MapController } from './map-controller.ts';

/** Lets the list and the popup ask the map to fly somewhere; a command, so not store state. */
export const MapControllerContext = createContext<RefObject<MapController | null>>({ current: null });

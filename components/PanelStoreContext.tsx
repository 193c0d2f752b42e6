import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PanelState, PanelStore } from '@/lib/panel/store';

export const PanelStoreContext = createContext<PanelStore | null>(null);

/** Reads a slice of the panel's store; re-renders only when that slice changes. */
export function usePanel<T>(selector: (state: PanelState) => T): T {
  const store = useContext(PanelStoreContext);
  if (!store) throw new Error('usePanel needs a PanelStoreContext provider');
  return useStore(store, selector);
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Panel } from '@/components/Panel';
import { PanelStoreContext } from '@/components/PanelStoreContext';
import { createPanelStore } from '@/lib/panel/store';
import { backgroundDraftStore, connectBridge, storageConfig, storagePrefs, systemClipboard } from '@/lib/panel/runtimeDeps';
import '@/components/panel.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const bridge = await connectBridge();
    const store = createPanelStore({
      bridge,
      drafts: backgroundDraftStore,
      prefs: storagePrefs,
      clipboard: systemClipboard,
      config: storageConfig,
    });
    // Save a pending edit as soon as the tab is hidden or closed: the debounce must not cost text.
    addEventListener('pagehide', () => void store.getState().flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void store.getState().flush();
    });
    root.render(
      <StrictMode>
        <PanelStoreContext.Provider value={store}>
          <Panel />
        </PanelStoreContext.Provider>
      </StrictMode>,
    );
  } catch (error) {
    root.render(<p role="alert">Baton could not start: {String(error)}</p>);
  }
}

void start();

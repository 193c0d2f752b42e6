import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CustomHosts, type CustomHostsDeps } from '@/components/options/CustomHosts';
import { loadCustomHosts, saveCustomHosts } from '@/lib/customHostsStore';
import '@/components/options/options.css';

const customHostDeps: CustomHostsDeps = {
  load: loadCustomHosts,
  save: saveCustomHosts,
  requestPermission: (pattern) => browser.permissions.request({ origins: [pattern] }),
  removePermission: async (pattern) => {
    await browser.permissions.remove({ origins: [pattern] });
  },
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main className="options">
      <h1>Baton settings</h1>
      <CustomHosts deps={customHostDeps} />
    </main>
  </StrictMode>,
);

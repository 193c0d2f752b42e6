import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CustomHosts, type CustomHostsDeps } from '@/components/options/CustomHosts';
import { DraftsCard } from '@/components/options/drafts/DraftsCard';
import { createRuntimeDraftsDeps } from '@/components/options/drafts/runtimeDraftsDeps';
import { PersonalSettings, type PersonalSettingsDeps } from '@/components/options/PersonalSettings';
import type { TemplatesDeps } from '@/components/options/templates/deps';
import { ImportExportCard } from '@/components/options/templates/ImportExport';
import { downloadTextFile } from '@/components/options/download';
import { TemplatesCard } from '@/components/options/templates/TemplatesCard';
import { loadCustomHosts, saveCustomHosts } from '@/lib/customHostsStore';
import { readStoredSettings, updateSettings } from '@/lib/settingsStore';
import { loadLibrary, loadPolicy, onTemplatesChanged, saveLibrary } from '@/lib/templates/store';
import '@/components/options/options.css';

const templatesDeps: TemplatesDeps = { loadLibrary, saveLibrary, loadPolicy, onChanged: onTemplatesChanged };
const draftsDeps = createRuntimeDraftsDeps();
const settingsDeps: PersonalSettingsDeps = {
  load: readStoredSettings,
  save: async (patch) => void (await updateSettings(patch)),
};
const customHostDeps: CustomHostsDeps = {
  load: loadCustomHosts,
  save: saveCustomHosts,
  requestPermission: (pattern) => browser.permissions.request({ origins: [pattern] }),
  removePermission: async (pattern) => {
    await browser.permissions.remove({ origins: [pattern] });
  },
};

const SECTIONS = [
  { id: 'templates', title: 'Templates' },
  { id: 'sharing', title: 'Share templates' },
  { id: 'drafts', title: 'Drafts' },
  { id: 'settings', title: 'Your settings' },
  { id: 'domains', title: 'Custom domains' },
];

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <header className="options-header">
      <h1>Baton settings</h1>
      <nav aria-label="Settings sections">
        <ul className="options-nav">
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
    <main className="options">
      <div id="templates">
        <TemplatesCard deps={templatesDeps} />
      </div>
      <div id="sharing">
        <ImportExportCard deps={templatesDeps} download={downloadTextFile} />
      </div>
      <div id="drafts">
        <DraftsCard deps={draftsDeps} />
      </div>
      <div id="settings">
        <PersonalSettings deps={settingsDeps} />
      </div>
      <div id="domains">
        <CustomHosts deps={customHostDeps} />
      </div>
    </main>
  </StrictMode>,
);

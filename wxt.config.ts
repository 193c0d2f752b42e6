import { defineConfig } from 'wxt';
import { helpdeskMatches } from './lib/adapters/matches';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // BATON_OUT_DIR lets two builds (say, a benchmark and a test run) live side by side.
  outDir: process.env.BATON_OUT_DIR ?? '.output',
  manifest: {
    name: 'Baton — escalation handoffs',
    description: 'Turns an L1 → L2 escalation into a handoff note L2 never has to re-ask.',
    // storage: drafts live in the extension's own IndexedDB + panel state in storage.local.
    // scripting: runs the editor bridge in the page's main world only when the agent inserts.
    permissions: ['storage', 'scripting'],
    host_permissions: helpdeskMatches,
    // Asked for one host at a time, at run time, when the agent adds a custom helpdesk domain
    // on the options page. Nothing beyond the cloud helpdesk hosts is granted up front.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The panel iframe must load on any helpdesk host, custom domains included, which the
    // manifest cannot list in advance. use_dynamic_url: pages cannot load or even probe the
    // panel by its static URL (no fingerprinting); only our content script's frame gets it.
    // What an organisation may set through browser policy (templates, lock, retention);
    // see docs/managed-deployment.md. The browser validates the policy against it.
    storage: { managed_schema: 'managed_schema.json' },
    web_accessible_resources: [{ resources: ['panel.html'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }],
  },
  vite: () => ({
    build: {
      // Chromium refuses content scripts that are not valid UTF-8 in its eyes (U+FFFF in
      // Dexie's bundle trips it); emitting pure ASCII avoids the whole class of problem.
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  }),
});

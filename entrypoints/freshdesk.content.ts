import { freshdeskAdapter } from '@/lib/adapters/freshdesk';
import { freshdeskMatches } from '@/lib/adapters/matches';
import { runContentScript } from '@/lib/content/runContentScript';

export default defineContentScript({
  matches: freshdeskMatches,
  // document_start: the API read and the panel's load overlap the helpdesk's own (heavy)
  // page load instead of waiting for it. DOM reading waits for the DOM itself.
  runAt: 'document_start',
  main: (ctx) => runContentScript(ctx, freshdeskAdapter),
});

import { jiraAdapter } from '@/lib/adapters/jira';
import { jiraMatches } from '@/lib/adapters/matches';
import { runContentScript } from '@/lib/content/runContentScript';

export default defineContentScript({
  matches: jiraMatches,
  // document_start: the API read and the panel's load overlap the helpdesk's own (heavy)
  // page load instead of waiting for it. DOM reading waits for the DOM itself.
  runAt: 'document_start',
  main: (ctx) => runContentScript(ctx, jiraAdapter),
});

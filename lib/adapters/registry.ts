import type { HelpdeskAdapter } from './types';
import { zendeskAdapter } from './zendesk';
import { freshdeskAdapter } from './freshdesk';
import { jiraAdapter } from './jira';

/**
 * Every supported helpdesk. Adding one = one adapter folder, one line here, and its content
 * script entry (entrypoints/{id}.content.ts, three lines). The extension itself loads adapters
 * through those entries, one per page; this list is what the convention test walks to check
 * that each adapter has its entry, fixtures, example URLs and tests.
 */
export const adapters: readonly HelpdeskAdapter[] = [zendeskAdapter, freshdeskAdapter, jiraAdapter];

import type { HelpdeskAdapter } from './types';
import { zendeskAdapter } from './zendesk';
import { freshdeskAdapter } from './freshdesk';
import { jiraAdapter } from './jira';

/**
 * Every supported helpdesk. Adding one = one adapter folder, one line here, and its content
 * script entry (entrypoints/{id}.content.ts, three lines) — the convention test checks all three.
 */
export const adapters: readonly HelpdeskAdapter[] = [zendeskAdapter, freshdeskAdapter, jiraAdapter];

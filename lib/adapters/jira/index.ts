import { jiraMatches } from '../matches';
import type { HelpdeskAdapter } from '../types';
import { readJiraApi } from './api';
import { findComposer, switchToInternalNote } from './composer';
import { readJiraDom } from './dom';
import { isJiraHost, issueKeyFromUrl } from './urls';

export const jiraAdapter: HelpdeskAdapter = {
  id: 'jira',
  label: 'Jira',
  matches: jiraMatches,
  isHelpdeskHost: isJiraHost,
  ticketIdFromUrl: issueKeyFromUrl,
  readApi: readJiraApi,
  readDom: readJiraDom,
  findComposer,
  switchToInternalNote,
  // Atlaskit editor (ProseMirror): a paste carrying text/html is parsed by the editor's own
  // schema, so the note keeps its bold section labels and bullet lists as real nodes; its
  // text/plain fallback would land as flat paragraphs with literal "- " (see jira.e2e.test.ts).
  noteFormat: 'html',
};

import { freshdeskMatches } from '../matches';
import type { HelpdeskAdapter } from '../types';
import { readFreshdeskApi } from './api';
import { findComposer, switchToInternalNote } from './composer';
import { readFreshdeskDom } from './dom';
import { isFreshdeskHost, ticketIdFromUrl } from './urls';

export const freshdeskAdapter: HelpdeskAdapter = {
  id: 'freshdesk',
  label: 'Freshdesk',
  matches: freshdeskMatches,
  isHelpdeskHost: isFreshdeskHost,
  ticketIdFromUrl,
  readApi: readFreshdeskApi,
  readDom: readFreshdeskDom,
  findComposer,
  switchToInternalNote,
  // Froala composer: the main-world bridge inserts through `html.insert(html, true)`, which
  // runs Froala's own cleaning; a pasted text/html goes through its paste pipeline.
  noteFormat: 'html',
};

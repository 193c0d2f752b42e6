import { zendeskMatches } from '../matches';
import type { HelpdeskAdapter } from '../types';
import { readZendeskApi } from './api';
import { findComposer, switchToInternalNote } from './composer';
import { readZendeskDom } from './dom';
import { isZendeskHost, ticketIdFromUrl } from './urls';

export const zendeskAdapter: HelpdeskAdapter = {
  id: 'zendesk',
  label: 'Zendesk',
  matches: zendeskMatches,
  isHelpdeskHost: isZendeskHost,
  ticketIdFromUrl,
  readApi: readZendeskApi,
  readDom: readZendeskDom,
  findComposer,
  switchToInternalNote,
  // CKEditor 5 composer: pasted HTML goes through its own sanitising pipeline.
  noteFormat: 'html',
};

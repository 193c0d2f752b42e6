// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readZendeskDom } from '../../../lib/adapters/zendesk/dom';
import { ticketRefFor } from '../../../lib/adapters/ticketRef';
import { zendeskAdapter } from '../../../lib/adapters/zendesk';

const ticketFromUrl = (url: string) => ticketRefFor(zendeskAdapter, url);
import { agentTicketPage } from './fakeZendesk';

const ref = (id: string) => ticketFromUrl(`https://acme.zendesk.com/agent/tickets/${id}`)!;

describe('readZendeskDom on agent-ticket.html', () => {
  it('reads the visible ticket (4211)', () => {
    const { window } = agentTicketPage();
    const { values, problems } = readZendeskDom(ref('4211'), window.document);
    expect(values.subject).toBe('SSO login fails for all users after plan change');
    expect(values.status).toBe('open');
    expect(values.priority).toBe('High');
    expect(values.requester).toEqual({ name: 'Priya Raman', email: 'priya.raman@example.com' });
    expect(values.organization).toEqual({ name: 'Lumen Freight Co.', fields: [] });
    expect(values.tags).toEqual(['enterprise', 'plan_change', 'sso']);
    expect(values.customFields).toBeUndefined();
    expect(problems).toEqual([{ field: 'customFields', reason: 'not found on the page' }]);
  });

  it('reads the conversation log with roles, visibility, times and attachments', () => {
    const { window } = agentTicketPage();
    const timeline = readZendeskDom(ref('4211'), window.document).values.timeline!;
    expect(timeline.map((e) => [e.author, e.authorRole, e.visibility, e.at])).toEqual([
      ['Priya Raman', 'customer', 'public', '2025-03-10T08:14:22Z'],
      ['Sam Okafor', 'agent', 'public', '2025-03-10T08:31:05Z'],
      ['Priya Raman', 'customer', 'public', '2025-03-10T09:02:47Z'],
      ['Sam Okafor', 'agent', 'internal', '2025-03-10T09:20:13Z'],
      ['Lena Brandt', 'agent', 'internal', '2025-03-10T09:38:56Z'],
      ['Sam Okafor', 'agent', 'public', '2025-03-10T09:41:03Z'],
    ]);
    expect(timeline[0]!.attachments).toEqual([{ name: 'sso-error.png' }]);
    // Paragraphs and line breaks survive; attachment links are not part of the text.
    expect(timeline[0]!.text).toMatch(/^Hi,\n\nSince we moved from the Business plan/);
    expect(timeline[0]!.text).not.toContain('sso-error.png');
    expect(timeline[2]!.text).toBe(
      'Cleared cookies → same error.\nPrivate window → same error.\n\nIt affects all 38 users, on Chrome and Firefox. Nothing changed on our Okta side.',
    );
    expect(timeline[3]!.text).toContain('Cleared cookies → same error\n\nPrivate window → same error');
    expect(timeline.map((e) => e.id)).toEqual(['dom-1', 'dom-2', 'dom-3', 'dom-4', 'dom-5', 'dom-6']);
  });

  it('never reads from the hidden workspace', () => {
    const { window } = agentTicketPage();
    const read = JSON.stringify(readZendeskDom(ref('4211'), window.document).values);
    for (const hidden of ['Jonas', 'INV-2291', 'refund', 'Kettle', 'pending', 'Normal', 'finance approval', 'solved']) {
      expect(read).not.toContain(hidden);
    }
  });

  it('reads nothing for a ticket whose workspace is cached (hidden)', () => {
    const { window } = agentTicketPage('https://acme.zendesk.com/agent/tickets/4212');
    const { values, problems } = readZendeskDom(ref('4212'), window.document);
    expect(values).toEqual({});
    expect(problems).toHaveLength(8);
    expect(problems[0]!.reason).toBe('ticket is not the one shown on the page');
  });

  it('reads nothing for a ticket that is not open at all', () => {
    const { window } = agentTicketPage();
    expect(readZendeskDom(ref('999'), window.document).values).toEqual({});
  });

  it('follows the active tab when the agent switches', () => {
    const { window } = agentTicketPage();
    const [ws4211, ws4212] = window.document.querySelectorAll('#main_panes .workspace');
    ws4211!.classList.add('is-cached');
    ws4212!.classList.remove('is-cached');
    expect(readZendeskDom(ref('4211'), window.document).values).toEqual({});
    const { values } = readZendeskDom(ref('4212'), window.document);
    expect(values.subject).toBe('Refund for duplicate charge on invoice INV-2291');
    expect(values.status).toBe('pending');
    expect(values.requester).toEqual({ name: 'Jonas Weber', email: 'jonas.weber@example.com' });
    expect(values.timeline!.map((e) => e.visibility)).toEqual(['public', 'internal']);
  });

  it.each([
    ['the hidden attribute', (ws: Element) => ws.setAttribute('hidden', '')],
    ['display:none on an ancestor', (ws: Element) => ((ws.parentElement as HTMLElement).style.display = 'none')],
    ['display:none around the conversation', (ws: Element) => ((ws.querySelector('.grid-main-conversation-panel') as HTMLElement).style.display = 'none')],
    ['visibility:hidden', (ws: Element) => ((ws as HTMLElement).style.visibility = 'hidden')],
    ['aria-hidden on the workspace', (ws: Element) => ws.setAttribute('aria-hidden', 'true')],
    ['the is-cached class', (ws: Element) => ws.classList.add('is-cached')],
  ])('treats a workspace hidden by %s as not shown', (_, hide) => {
    const { window } = agentTicketPage();
    const ws = window.document.querySelector('#main_panes .workspace')!;
    hide(ws);
    expect(readZendeskDom(ref('4211'), window.document).values.subject).toBeUndefined();
  });

  it('keeps reading when a modal sets aria-hidden on the app behind it', () => {
    const { window } = agentTicketPage();
    window.document.getElementById('wrapper')!.setAttribute('aria-hidden', 'true');
    expect(readZendeskDom(ref('4211'), window.document).values.subject).toBe('SSO login fails for all users after plan change');
  });

  it('ignores data-ticket-id on ticket lists (context panel) that do not wrap a conversation', () => {
    const { window } = agentTicketPage();
    window.document.querySelector('[data-ticket-id="3977"]')!.setAttribute('data-ticket-id', '4212');
    window.document.querySelectorAll('#main_panes .workspace')[1]!.remove();
    expect(readZendeskDom(ref('4212'), window.document).values).toEqual({});
  });

  it('reports each field it cannot find and an empty tag list as read', () => {
    const { window } = agentTicketPage();
    const doc = window.document;
    const ws = doc.querySelector('#main_panes .workspace')!;
    for (const selector of ['[data-test-id="omni-header-subject"]', '[data-test-id="tabs-nav-item-organizations"]', '[data-test-id="omni-log-container"]']) {
      ws.querySelector(selector)!.remove();
    }
    ws.querySelectorAll('[data-test-id="ticket-system-field-tags-item-selected"]').forEach((tag) => tag.remove());
    const { values, problems } = readZendeskDom(ref('4211'), doc);
    expect(values.tags).toEqual([]);
    expect(problems.map((p) => p.field).sort()).toEqual(['customFields', 'organization', 'subject', 'timeline']);
    expect(new Set(problems.map((p) => p.reason))).toEqual(new Set(['not found on the page']));
  });

  it('takes text only: markup inside a comment never becomes elements or attributes', () => {
    const { window } = agentTicketPage();
    const doc = window.document;
    const body = doc.querySelector('#main_panes .workspace .zd-comment')!;
    body.innerHTML = '<p>Before<script>window.__ran = 1</script><img src="x" alt="ALT"><style>p{}</style> after</p>';
    const text = readZendeskDom(ref('4211'), doc).values.timeline![0]!.text;
    expect(text).toBe('Before after');
  });
});

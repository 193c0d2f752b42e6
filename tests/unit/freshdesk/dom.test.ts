// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../lib/adapters/freshdesk';
import { readFreshdeskApi, resetFreshdeskFieldCache } from '../../../lib/adapters/freshdesk/api';
import { readFreshdeskDom } from '../../../lib/adapters/freshdesk/dom';
import { ticketRefFor } from '../../../lib/adapters/ticketRef';
import { ORIGIN, agentTicketPage, fakeFreshdesk } from './fakeFreshdesk';

const ref = (id: string) => ticketRefFor(freshdeskAdapter, `${ORIGIN}/a/tickets/${id}`)!;
const view = (doc: Document, id: string) => doc.getElementById(`ember${id}`) as HTMLElement;

beforeEach(() => resetFreshdeskFieldCache());

describe('readFreshdeskDom on agent-ticket.html', () => {
  it('reads the shown ticket (5100): properties, requester, company, tags and custom fields', () => {
    const { values, problems } = readFreshdeskDom(ref('5100'), agentTicketPage().window.document);
    expect(values.subject).toBe('Webhook deliveries fail with 401 since API key rotation');
    expect(values.status).toBe('Open');
    expect(values.priority).toBe('High');
    expect(values.requester).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@example.com' });
    expect(values.organization).toEqual({ name: 'Harbor & Pine Logistics', fields: [] });
    expect(values.tags).toEqual(['webhooks', 'api_key_rotation', 'enterprise']);
    // Empty text field and unchecked checkbox skipped, as in the API read.
    expect(values.customFields).toEqual([
      { label: 'Product area', value: 'Webhooks' },
      { label: 'Environment', value: 'Production (eu-west)' },
      { label: 'Affected users', value: '120' },
      { label: 'SLA breach risk', value: 'Yes' },
    ]);
    expect(problems).toEqual([]);
  });

  it('reads the conversation like the API: roles, private notes, times, attachments and the same text', async () => {
    const timeline = readFreshdeskDom(ref('5100'), agentTicketPage().window.document).values.timeline!;
    expect(timeline.map((e) => [e.author, e.authorRole, e.visibility, e.at])).toEqual([
      ['Dana Whitfield', 'customer', 'public', '2025-04-02T07:48:10Z'],
      ['Marco Silva', 'agent', 'public', '2025-04-02T08:05:19Z'],
      ['Dana Whitfield', 'customer', 'public', '2025-04-02T08:40:31Z'],
      ['Marco Silva', 'agent', 'internal', '2025-04-02T08:52:07Z'],
      ['Priya Nair', 'agent', 'internal', '2025-04-02T09:10:55Z'],
      ['Marco Silva', 'agent', 'public', '2025-04-02T09:15:42Z'],
    ]);
    expect(timeline[0]!.attachments).toEqual([{ name: 'webhook-401.log' }]);
    expect(timeline[2]!.attachments).toEqual([{ name: 'retry-output.png' }]);
    expect(timeline.map((e) => e.id)).toEqual(['dom-1', 'dom-2', 'dom-3', 'dom-4', 'dom-5', 'dom-6']);
    // The page shows the email HTML (<div> lines, <div><br></div> blank lines); its text is the API's body_text.
    const api = await readFreshdeskApi(ref('5100'), { ...fakeFreshdesk(), signal: new AbortController().signal });
    expect(timeline.map((e) => e.text)).toEqual(api.values.timeline!.map((e) => e.text));
    expect(timeline[0]!.text).not.toContain('webhook-401.log');
  });

  it('never reads from the lingering hidden view of the previous ticket', () => {
    const read = JSON.stringify(readFreshdeskDom(ref('5100'), agentTicketPage().window.document).values);
    for (const hidden of ['Jonas', 'INV-2291', 'refund', 'Kettle', 'Pending', 'Medium', 'finance approval']) {
      expect(read).not.toContain(hidden);
    }
  });

  it('reads nothing for a ticket whose view is hidden, or that is not open at all', () => {
    const doc = agentTicketPage(`${ORIGIN}/a/tickets/5101`).window.document;
    const { values, problems } = readFreshdeskDom(ref('5101'), doc);
    expect(values).toEqual({});
    expect(problems).toHaveLength(8);
    expect(problems[0]!.reason).toBe('ticket is not the one shown on the page');
    expect(readFreshdeskDom(ref('999'), doc).values).toEqual({});
  });

  it('reads nothing while the shown view still belongs to the previous ticket (Ember transition)', () => {
    // The URL already says 5101, the shown view is still 5100's.
    const doc = agentTicketPage(`${ORIGIN}/a/tickets/5101`).window.document;
    expect(readFreshdeskDom(ref('5101'), doc).values).toEqual({});
  });

  it('follows the shown view when the agent switches tickets', () => {
    const doc = agentTicketPage().window.document;
    view(doc, '5100').style.display = 'none';
    view(doc, '5101').style.display = '';
    expect(readFreshdeskDom(ref('5100'), doc).values).toEqual({});
    const { values } = readFreshdeskDom(ref('5101'), doc);
    expect(values.subject).toBe('Refund for duplicate charge on invoice INV-2291');
    expect(values.status).toBe('Pending');
    expect(values.requester).toEqual({ name: 'Jonas Weber', email: 'jonas.weber@example.com' });
    expect(values.timeline!.map((e) => [e.authorRole, e.visibility])).toEqual([
      ['customer', 'public'],
      ['agent', 'internal'],
    ]);
  });

  it.each([
    ['the hidden attribute', (el: HTMLElement) => el.setAttribute('hidden', '')],
    ['display:none on an ancestor', (el: HTMLElement) => ((el.parentElement as HTMLElement).style.display = 'none')],
    ['visibility:hidden', (el: HTMLElement) => (el.style.visibility = 'hidden')],
  ])('treats a view hidden by %s as not shown', (_, hide) => {
    const doc = agentTicketPage().window.document;
    hide(view(doc, '5100'));
    expect(readFreshdeskDom(ref('5100'), doc).values.subject).toBeUndefined();
  });

  it('reports each field it cannot find, and an empty tag list as read', () => {
    const doc = agentTicketPage().window.document;
    const page = view(doc, '5100');
    for (const selector of ['[data-test-id="ticket-subject"]', '[data-test-id="requester-company"]', '[data-test-id="conversation-list"]', '[data-test-id="ticket-properties-field-priority"]']) {
      page.querySelector(selector)!.remove();
    }
    page.querySelectorAll('.ember-power-select-multiple-option').forEach((tag) => tag.remove());
    const { values, problems } = readFreshdeskDom(ref('5100'), doc);
    expect(values.tags).toEqual([]);
    expect(problems.map((p) => p.field).sort()).toEqual(['organization', 'priority', 'subject', 'timeline']);
    expect(new Set(problems.map((p) => p.reason))).toEqual(new Set(['not found on the page']));
  });

  it('takes text only: markup inside a body never becomes elements or attributes', () => {
    const doc = agentTicketPage().window.document;
    const body = view(doc, '5100').querySelector('.ticket-description .text__content')!;
    body.innerHTML = '<div>Before<script>window.__ran = 1</script><img src="x" alt="ALT"><style>p{}</style> after</div>';
    expect(readFreshdeskDom(ref('5100'), doc).values.timeline![0]!.text).toBe('Before after');
  });
});

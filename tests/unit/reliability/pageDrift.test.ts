// @vitest-environment node
// Page drift at the adapter level: each helpdesk's fixture page with a landmark renamed or gone
// (tests/support/routes/drift.ts, the same variants the e2e test serves), read by the adapter in
// jsdom. What drifted is reported by name, everything else is still read, and a composer that
// is gone is never replaced by some other editable on the page (a ticket field, say).
// The e2e counterpart with the built extension: tests/e2e/pageDrift.e2e.test.ts.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ticketRefFor } from '@/lib/adapters/ticketRef';
import type { HelpdeskAdapter, PartialRead } from '@/lib/adapters/types';
import { zendeskAdapter } from '@/lib/adapters/zendesk';
import { freshdeskAdapter } from '@/lib/adapters/freshdesk';
import { jiraAdapter } from '@/lib/adapters/jira';
import { type DriftVariant, applyDrift } from '../../support/routes/drift';
import { loadZendeskBundles, renderZendeskPage } from '../../fixtures/zendesk/renderPage';
import { loadFreshdeskBundles, renderFreshdeskPage } from '../../fixtures/freshdesk/renderPage';
import { loadJiraBundles, renderJiraPage } from '../../fixtures/jira/renderPage';
import { JSDOM } from '../zendesk/fakeZendesk';

const fixtures = resolve(import.meta.dirname, '../../fixtures');

interface Desk {
  adapter: HelpdeskAdapter;
  name: 'zendesk' | 'freshdesk' | 'jira';
  url: string;
  render(): string;
}

const DESKS: Desk[] = [
  {
    adapter: zendeskAdapter,
    name: 'zendesk',
    url: 'https://acme.zendesk.com/agent/tickets/4211',
    render: () => renderZendeskPage(loadZendeskBundles(join(fixtures, 'zendesk/api')), '4211'),
  },
  {
    adapter: freshdeskAdapter,
    name: 'freshdesk',
    url: 'https://acme.freshdesk.com/a/tickets/5100',
    render: () => renderFreshdeskPage(loadFreshdeskBundles(join(fixtures, 'freshdesk/api')), '5100'),
  },
  {
    adapter: jiraAdapter,
    name: 'jira',
    url: 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-4211',
    render: () => renderJiraPage(loadJiraBundles(join(fixtures, 'jira/api')), 'SUP-4211', 'issue'),
  },
];

function drifted(desk: Desk, variant: DriftVariant | '') {
  const url = new URL(desk.url);
  if (variant) url.searchParams.set('drift', variant);
  const html = applyDrift(desk.name, url, desk.render());
  const dom = new JSDOM(html, { url: url.href });
  const ref = ticketRefFor(desk.adapter, url.href)!;
  return { document: dom.window.document, ref, read: (): PartialRead => desk.adapter.readDom(ref, dom.window.document) };
}

const fieldsOf = (read: PartialRead) => Object.keys(read.values).sort();

for (const desk of DESKS) {
  describe(`${desk.adapter.label} page drift`, () => {
    const baseline = fieldsOf(drifted(desk, '').read());

    it('the undrifted page reads subject, requester and the conversation', () => {
      expect(baseline).toEqual(expect.arrayContaining(['subject', 'requester', 'timeline']));
    });

    it('subject renamed: subject reported as not found on the page, the rest still read', () => {
      const read = drifted(desk, 'no-subject').read();
      expect(read.values.subject).toBeUndefined();
      expect(read.problems).toContainEqual({ field: 'subject', reason: 'not found on the page' });
      expect(fieldsOf(read)).toEqual(baseline.filter((f) => f !== 'subject'));
    });

    it('requester block renamed: requester reported, the rest still read', () => {
      const read = drifted(desk, 'no-requester').read();
      expect(read.values.requester).toBeUndefined();
      expect(read.problems).toContainEqual({ field: 'requester', reason: 'not found on the page' });
      expect(fieldsOf(read)).toEqual(baseline.filter((f) => f !== 'requester'));
    });

    it('composer missing: no composer is found, and no other editable stands in for it', async () => {
      const { document } = drifted(desk, 'no-composer');
      expect(desk.adapter.findComposer(document)).toBeNull();
      // Nothing was clicked into a reply either: switching cannot succeed without a composer.
      if (desk.name !== 'zendesk') expect(await desk.adapter.switchToInternalNote(document)).toBe(false);
    });

    it('internal-note control missing: switching resolves false (so nothing is inserted as a reply)', async () => {
      const { document } = drifted(desk, 'no-note-toggle');
      const clicked: string[] = [];
      document.addEventListener('click', (event) => clicked.push((event.target as Element).textContent?.trim() ?? ''), true);
      expect(await desk.adapter.switchToInternalNote(document)).toBe(false);
      // Never a reply or a customer-facing control as a stand-in.
      expect(clicked.filter((label) => /reply|customer|forward/i.test(label))).toEqual([]);
    }, 10_000);
  });
}

describe('drift variants themselves', () => {
  it('fail loudly when a page no longer has what they change (a test that proves nothing)', () => {
    const url = new URL('https://acme.zendesk.com/agent/tickets/4211?drift=no-subject');
    expect(() => applyDrift('zendesk', url, '<html><head><meta charset="utf-8"></head><body></body></html>')).toThrow(/does not apply/);
    expect(() => applyDrift('zendesk', new URL('https://acme.zendesk.com/?drift=nonsense'), '')).toThrow(/Unknown drift/);
  });

  it('leave the page alone without ?drift=', () => {
    const html = DESKS[0]!.render();
    expect(applyDrift('zendesk', new URL('https://acme.zendesk.com/agent/tickets/4211'), html)).toBe(html);
  });
});

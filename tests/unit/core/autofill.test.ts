import { describe, expect, it } from 'vitest';
import { fillSection, listSteps, prefill } from '@/lib/autofill';
import type { TicketContext } from '@/lib/context';
import { DEFAULT_TEMPLATE, type FillSource, SectionSchema } from '@/lib/templates/template';
import { sampleContext } from './sampleContext';

const defaultSection = (id: string) => DEFAULT_TEMPLATE.sections.find((s) => s.id === id)!;
const summarise = (context: TicketContext) => fillSection(defaultSection('happening'), context);
const describeCustomer = (context: TicketContext) => fillSection(defaultSection('customer'), context);
const filledFrom = (fill: FillSource[], context: TicketContext) =>
  fillSection(SectionSchema.parse({ id: 's', label: 'S', prompt: '', example: '', required: false, wordLimit: 50, fill }), context);

describe('summarise (section 1)', () => {
  it('is the subject plus a dated quote of the first customer message', () => {
    expect(summarise(sampleContext())).toBe(
      'SSO login fails after plan change\nDana Ito (2026-11-12) wrote: "Since this morning none of our SSO users can log in. They get "SAML response invalid"."',
    );
  });

  it('cuts a long first message and strips bidi overrides', () => {
    const long = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ');
    const context = sampleContext({
      subject: 'Invoice \u202Efdp.exe',
      timeline: [{ id: '1', author: 'C', authorRole: 'customer', visibility: 'public', text: long }],
    });
    const text = summarise(context);
    expect(text).toContain('Invoice fdp.exe');
    expect(text).toContain('w44…');
    expect(text).not.toContain('w45');
  });

  it('is just the subject when the customer never wrote', () => {
    expect(summarise(sampleContext({ timeline: [] }))).toBe('SSO login fails after plan change');
  });
});

describe('listSteps (section 2)', () => {
  it('lists each step of the agents’ notes as action → result, and skips a reply that only thanks and asks', () => {
    expect(listSteps(sampleContext())).toBe(
      '- Checked status page → nothing reported\n- Cleared cookies → same error\n- Tried incognito → same error',
    );
  });

  it('leaves out steps the agent dropped and uses the agent’s wording for edited ones', () => {
    const choices = { dropped: ['tried:checked status page'], edited: { 'tried:cleared cookies': 'Cleared cookies (Chrome) → same error' } };
    expect(listSteps(sampleContext(), choices)).toBe('- Cleared cookies (Chrome) → same error\n- Tried incognito → same error');
  });

  it('is empty when nothing was tried', () => {
    expect(listSteps(sampleContext({ timeline: [] }))).toBe('');
  });

  it('does not repeat a step written twice', () => {
    const note = { author: 'A', authorRole: 'agent' as const, visibility: 'internal' as const, text: 'Cleared cache -> same error' };
    expect(listSteps(sampleContext({ timeline: [{ id: '1', ...note }, { id: '2', ...note }] }))).toBe('- Cleared cache → same error');
  });
});

describe('describeCustomer (section 4)', () => {
  it('lists requester, organization fields, priority, custom fields and tags', () => {
    expect(describeCustomer(sampleContext())).toBe(
      [
        'Requester: Dana Ito <dana@example.com>',
        'Organization: Northwind',
        'Plan tier: Enterprise',
        'Priority: high',
        'Product version: 5.2.1',
        'Tags: sso, login',
      ].join('\n'),
    );
  });
});

describe('fill sources a team lead picks', () => {
  it('reads one organization field and one custom field by name, ignoring case', () => {
    const text = filledFrom([{ from: 'organizationField', name: ' plan TIER ' }, { from: 'customField', name: 'product version' }], sampleContext());
    expect(text).toBe('Plan tier: Enterprise\nProduct version: 5.2.1');
  });

  it('leaves out a named field the ticket does not have, instead of writing an empty line', () => {
    expect(filledFrom([{ from: 'customField', name: 'Region' }, { from: 'priority' }], sampleContext())).toBe('Priority: high');
  });

  it('gives tags, priority and subject on their own', () => {
    expect(filledFrom([{ from: 'tags' }], sampleContext())).toBe('Tags: sso, login');
    expect(filledFrom([{ from: 'subject' }], sampleContext())).toBe('SSO login fails after plan change');
  });

  it('never fills a case-type or checklist section: those are the agent’s call', () => {
    const section = SectionSchema.parse({ id: 'c', label: 'C', prompt: '', example: '', required: false, wordLimit: 5, kind: 'caseType', fill: [{ from: 'subject' }] });
    expect(fillSection(section, sampleContext())).toBe('');
  });
});

describe('environment and identifiers found in the ticket', () => {
  it('fills one "Kind: value" line per find, and skips a value an earlier source already gave', () => {
    expect(filledFrom([{ from: 'environment' }], sampleContext())).toBe('Version: 5.2.1');
    // The custom field "Product version: 5.2.1" came first: the same value is not said twice.
    expect(filledFrom([{ from: 'customFields' }, { from: 'environment' }], sampleContext())).toBe('Product version: 5.2.1');
    expect(filledFrom([{ from: 'identifiers' }], sampleContext())).toBe('Error message: "SAML response invalid"');
  });

  it('is empty for a ticket where nothing is found', () => {
    expect(filledFrom([{ from: 'environment' }, { from: 'identifiers' }], sampleContext({ timeline: [], customFields: [] }))).toBe('');
  });
});

describe('prefill', () => {
  it('fills the auto sections and leaves the agent sections empty', () => {
    const answers = prefill(DEFAULT_TEMPLATE, sampleContext());
    expect(answers.hypothesis).toBe('');
    expect(answers['verify-first']).toBe('');
    expect(answers.happening).toContain('SSO login fails');
    expect(answers.tried).toContain('Cleared cookies → same error');
    expect(answers.customer).toContain('Plan tier: Enterprise');
  });
});

describe('listSteps on real-world agent replies', () => {
  const reply = (text: string, visibility: 'public' | 'internal' = 'public') => ({
    id: text.slice(0, 8),
    author: 'Sam',
    authorRole: 'agent' as const,
    visibility,
    text,
  });

  it('skips greetings, thanks and questions to the customer', () => {
    const context = sampleContext({
      timeline: [
        reply('Hi Priya,\n\nSorry about this, and thanks for the screenshot. Could you clear cookies and try again?\n\nSam'),
        reply('Hi Priya, Thanks for checking.'),
        reply('Hello Dana, I reset your MFA enrolment. Please try again.'),
      ],
    });
    // A step whose result the reply does not state says so, instead of guessing one.
    expect(listSteps(context)).toBe('- Reset MFA enrolment → result not stated');
  });

  it('cuts a long action → result line to a short phrase', () => {
    const long = `Re-saved the SSO settings → no change, ${'word '.repeat(40)}`;
    const [bullet] = listSteps(sampleContext({ timeline: [reply(long, 'internal')] })).split('\n');
    expect(bullet).toMatch(/^- Re-saved (?:the )?SSO settings → no change/u);
    expect(bullet.split(/\s+/u).length).toBeLessThan(20);
  });
});

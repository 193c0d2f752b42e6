import { describe, expect, it } from 'vitest';
import { type TicketContext, TicketContextSchema, type TicketContextInput } from '@/lib/context';
import { assessChecklist, type ChecklistInput, type ChecklistStatus } from '@/lib/quality/checklist';
import { CHECKLIST_ITEMS, type ChecklistItemId } from '@/lib/quality/checklistItems';
import { hasZone } from '@/lib/quality/checklistPatterns';
import type { EnvironmentDetail, Identifier, SourceRef } from '@/lib/quality/types';

// A ticket that gives L2 none of the seven items: a vague complaint and a polite agent reply.
function ticket(overrides: Partial<TicketContextInput> = {}): TicketContext {
  return TicketContextSchema.parse({
    helpdesk: 'zendesk',
    ticketId: '4211',
    url: 'https://acme.zendesk.com/agent/tickets/4211',
    subject: 'Login problem',
    requester: { name: 'Dana Ito', email: 'dana@example.com' },
    organization: { name: 'Northwind', fields: [] },
    timeline: [
      { id: '1', author: 'Dana Ito', authorRole: 'customer', visibility: 'public', at: '2026-11-12T14:30:00Z', text: 'Hi, login is broken. Please fix it.' },
      { id: '2', author: 'Sam Agent', authorRole: 'agent', visibility: 'public', at: '2026-11-12T15:05:00Z', text: 'Thanks Dana, we are looking into it.' },
    ],
    ...overrides,
  });
}

type Role = 'customer' | 'agent' | 'unknown';

/** The base ticket plus one timeline entry with `text`. */
function withEntry(text: string, authorRole: Role = 'customer', extra: Partial<TicketContextInput> = {}): TicketContext {
  const author = authorRole === 'agent' ? 'Sam Agent' : 'Dana Ito';
  const base = ticket();
  return ticket({ ...extra, timeline: [...base.timeline, { id: '9', author, authorRole, visibility: 'public', at: '2026-11-13T09:00:00Z', text }] });
}

function assess(context: TicketContext, more: Partial<Omit<ChecklistInput, 'context'>> = {}): Record<ChecklistItemId, ChecklistStatus> {
  const statuses = assessChecklist({ context, answers: [], identifiers: [], environment: [], ...more });
  return Object.fromEntries(statuses.map((status) => [status.id, status])) as Record<ChecklistItemId, ChecklistStatus>;
}

const itemIn = (id: ChecklistItemId, text: string, role: Role = 'customer') => assess(withEntry(text, role))[id];
const inAnswer = (id: ChecklistItemId, text: string) => assess(ticket(), { answers: [{ sectionId: 'customer', label: 'Customer context', text }] })[id];

const source = (entryId: string, excerpt = 'x', more: Partial<SourceRef> = {}): SourceRef => ({ entryId, excerpt, ...more });
const fromEntry1 = source('1', 'my account 88231', { author: 'Dana Ito', at: '2026-11-12T14:30:00Z' });
const fromAnswer = (sectionId = 'customer') => source(`answer:${sectionId}`);
const identifier = (kind: Identifier['kind'], value: string, from: SourceRef = fromEntry1): Identifier => ({ kind, value, source: from });
const env = (kind: EnvironmentDetail['kind'], value: string, from: SourceRef = fromEntry1): EnvironmentDetail => ({ kind, value, source: from });

describe('assessChecklist', () => {
  it('always returns the seven items in checklist order, with their labels', () => {
    const statuses = assessChecklist({ context: ticket(), answers: [], identifiers: [], environment: [] });
    expect(statuses.map((s) => s.id)).toEqual(CHECKLIST_ITEMS.map((item) => item.id));
    expect(statuses.map((s) => s.label)).toEqual(CHECKLIST_ITEMS.map((item) => item.label));
  });

  it('marks all seven missing for a ticket that gives nothing, without evidence or source', () => {
    for (const status of Object.values(assess(ticket()))) {
      expect(status, status.id).toEqual({ id: status.id, label: status.label, present: false });
    }
  });

  it('marks all seven missing for an empty ticket with empty answers', () => {
    const empty = TicketContextSchema.parse({ helpdesk: 'jira', ticketId: 'X-1', url: 'u' });
    const statuses = assessChecklist({ context: empty, answers: [{ sectionId: 'a', label: 'A', text: '' }], identifiers: [], environment: [] });
    expect(statuses.filter((s) => s.present)).toEqual([]);
  });
});

describe('account identifiers', () => {
  it.each(['account', 'user', 'order', 'request'] as const)('counts an identifier of kind %s', (kind) => {
    expect(assess(ticket(), { identifiers: [identifier(kind, 'X-88231')] })['account-ids'].present).toBe(true);
  });

  it('names the identifier, who wrote it and when, and passes its source through', () => {
    const status = assess(ticket(), { identifiers: [identifier('account', '88231')] })['account-ids'];
    expect(status.evidence).toBe('Account ID 88231 (Dana Ito, 12 Nov)');
    expect(status.source).toEqual(fromEntry1);
  });

  it('does not repeat the kind when the value already says it', () => {
    expect(assess(ticket(), { identifiers: [identifier('order', 'Order #4411')] })['account-ids'].evidence).toBe('Order #4411 (Dana Ito, 12 Nov)');
  });

  it.each(['error-code', 'error-message', 'url', 'time', 'other'] as const)('does not count an identifier of kind %s', (kind) => {
    expect(assess(ticket(), { identifiers: [identifier(kind, 'ERR_42')] })['account-ids'].present).toBe(false);
  });

  it("does not count the requester's own contact address", () => {
    expect(assess(ticket(), { identifiers: [identifier('user', 'Dana@Example.com')] })['account-ids'].present).toBe(false);
    expect(itemIn('account-ids', 'You can reach me at dana@example.com any time.').present).toBe(false);
  });

  it('counts another user named by e-mail in the conversation', () => {
    const status = itemIn('account-ids', 'The affected user is bob@northwind.com.');
    expect(status.present).toBe(true);
    expect(status.evidence).toBe('"bob@northwind.com" (Dana Ito, 13 Nov)');
    expect(status.source).toMatchObject({ entryId: '9', author: 'Dana Ito', at: '2026-11-13T09:00:00Z' });
  });

  it('ignores addresses in quoted reply headers and service mailboxes', () => {
    expect(itemIn('account-ids', 'On Tue, Sam <sam@acme-support.com> wrote:').present).toBe(false);
    expect(itemIn('account-ids', 'I got a mail from noreply@acme.com').present).toBe(false);
  });

  it('counts a ticket or organization field whose label names an ID', () => {
    const custom = assess(ticket({ customFields: [{ label: 'Account ID', value: '88231' }] }))['account-ids'];
    expect(custom.evidence).toBe('field "Account ID": 88231');
    expect(custom.source).toEqual({ entryId: 'field:Account ID', excerpt: 'Account ID: 88231' });
    for (const label of ['Organization ID', 'Tenant ID', 'Workspace number', 'Customer No.', 'user_id', 'Tenant']) {
      const status = assess(ticket({ organization: { name: 'N', fields: [{ label, value: 'acme-88231' }] } }))['account-ids'];
      expect(status.present, label).toBe(true);
    }
  });

  it('does not count empty ID fields, names in "Account" fields or the ticket number', () => {
    const fields = [
      { label: 'Account ID', value: 'n/a' },
      { label: 'Account ID', value: ' ' },
      { label: 'Account', value: 'Northwind' },
      { label: 'Request ID', value: '4211' },
      { label: 'Seats', value: '38' },
      { label: 'Requester email', value: 'dana@example.com' },
    ];
    expect(assess(ticket({ customFields: fields }))['account-ids'].present).toBe(false);
  });

  it('counts an ID spelled out with its label in the conversation', () => {
    expect(itemIn('account-ids', 'Our tenant ID: acme-prod-7').present).toBe(true);
    expect(itemIn('account-ids', 'user id: jdoe').present).toBe(true);
    expect(itemIn('account-ids', 'It happened on invoice #44120.').present).toBe(true);
  });

  it.each([
    'The staff IDs are ST-118 and ST-240.',
    'Kundennummer: 5520913',
    'Mijn klantnummer is 7781204.',
    'Número de cliente 440918.',
    'I looked at workspace ws_81kd2 and the sync is off.',
    'Checked org NW-2201 in the admin.',
    'The login CORP\\mlee was locked.',
    'Only user r.patel sees this.',
  ])('counts an identifier written in the conversation: %s', (text) => {
    expect(itemIn('account-ids', text).present).toBe(true);
  });

  it.each(['The team on-call was paged.', 'Account set-up is slow.', 'The user experience is poor.', 'Store 2 is closed today.', 'Mijn klantnummer weet ik niet.'])(
    'does not read a word after "team", "account" or "user" as an ID: %s',
    (text) => {
      expect(itemIn('account-ids', text).present).toBe(false);
    },
  );

  it('counts a site or tenant field holding a short coded name', () => {
    expect(assess(ticket({ customFields: [{ label: 'Site', value: 'Leeds DC4' }] }))['account-ids'].present).toBe(true);
    expect(assess(ticket({ customFields: [{ label: 'Site', value: 'Leeds warehouse' }] }))['account-ids'].present).toBe(false);
  });

  it('does not read "account ID" in a request as an ID', () => {
    expect(itemIn('account-ids', 'Could you share the account ID so we can check?', 'agent').present).toBe(false);
    expect(itemIn('account-ids', 'Please send us your account ID so we can check.', 'agent').present).toBe(false);
  });

  it("uses the note's identifiers only when the ticket has none, and says so", () => {
    const answers = [{ sectionId: 'customer', label: 'Customer context', text: 'Account 88231' }];
    const fromNote = assess(ticket(), { answers, identifiers: [identifier('account', '88231', fromAnswer())] })['account-ids'];
    expect(fromNote.evidence).toBe('Account ID 88231 (in your "Customer context")');
    expect(fromNote.source?.entryId).toBe('answer:customer');

    const both = assess(ticket(), { answers, identifiers: [identifier('account', '1', fromAnswer()), identifier('order', 'ORD-2')] })['account-ids'];
    expect(both.evidence).toBe('Order ORD-2 (Dana Ito, 12 Nov)');
  });
});

describe('timestamps', () => {
  it('counts a time identifier that carries its zone', () => {
    const status = assess(ticket(), { identifiers: [identifier('time', '14:32 CET')] }).timestamps;
    expect(status.evidence).toBe('Time 14:32 CET (Dana Ito, 12 Nov)');
  });

  it.each(['14:32', '12 Nov', 'yesterday afternoon', '10:00 local time'])('does not count a time without a zone: %s', (value) => {
    expect(assess(ticket(), { identifiers: [identifier('time', value)] }).timestamps.present).toBe(false);
  });

  it.each([
    ['14:32 CET', true],
    ['2:30pm EST', true],
    ['2026-11-12T14:32:00Z', true],
    ['2026-11-12T14:32:00+01:00', true],
    ['14:32 +0100', true],
    ['14:32 UTC+2', true],
    ['9am Pacific Time', true],
    ['10:00 London time', true],
    ['12 Nov 2026 (GMT)', true],
    ['14:32', false],
    ['09:00-10:30', false],
    ['2026-11-12', false],
    ['14:32 local time', false],
    ['3pm my time', false],
  ])('hasZone(%s) is %s', (value, expected) => {
    expect(hasZone(value)).toBe(expected);
  });

  it.each([
    'It failed at 14:32 CET yesterday.',
    'Around 3 p.m. ET the sync stopped.',
    'First error 2026-11-12T09:10:00Z.',
    'since 11.30 GMT',
    'at 10:00 Berlin time',
    'It stopped at 7:45 last night (Pacific).',
    'Calls drop around 16:10 Central.',
  ])(
    'finds a zoned clock time the extractors missed: %s',
    (text) => {
      expect(itemIn('timestamps', text).present).toBe(true);
    },
  );

  it.each(['It failed at 14:32 yesterday.', 'Down between 09:00-10:30.', 'Version 4.12 is installed.', 'It happened on 12 Nov.', 'From 10:00 to 11:00 (see the log).'])('does not count: %s', (text) => {
    expect(itemIn('timestamps', text).present).toBe(false);
  });

  it("does not count the timeline entries' own times", () => {
    expect(assess(ticket()).timestamps.present).toBe(false);
  });

  it('does not count an agent asking about a time', () => {
    expect(itemIn('timestamps', 'Did it start at 14:00 CET?', 'agent').present).toBe(false);
  });

  it('counts a field holding a zoned time', () => {
    const status = assess(ticket({ customFields: [{ label: 'Incident start', value: '2026-11-12 09:10 UTC' }] })).timestamps;
    expect(status.evidence).toBe('field "Incident start": 2026-11-12 09:10 UTC');
  });
});

describe('reproduction steps', () => {
  it.each([
    ['a "steps to reproduce" heading with steps', 'Steps to reproduce:\n1. Open Settings\n2. Click Export'],
    ['a numbered inline sequence', '1. Open Settings 2. Click Export → blank page'],
    ['"Step 1 / Step 2"', 'Step 1: open the invoice. Step 2: add a discount.'],
    ['bulleted UI actions', '- Open the app\n- Tap Login\n- Enter the code'],
    ['STR:', 'STR: open app, tap login, wait'],
    ['"To reproduce:"', 'To reproduce: create an invoice with a 10% discount and save it.'],
    ['repro steps label', 'Repro steps: create invoice then save'],
    ['a menu path', 'Go to Settings > Billing > Export and the page crashes.'],
    ['click X then Y', 'I click Export then CSV and nothing downloads.'],
    ['two actions in a row', 'When I open the invoice and click Save, I get a 500.'],
    ['past-tense actions', 'I opened the report, selected last month and exported it.'],
    ['steps across sentences', 'Open a draft order. Click Duplicate. The copy has no lines.'],
    ['a "Repro:" line', 'Repro: import the sample file, map the date column, run the import.'],
  ])('counts %s', (_, text) => {
    expect(itemIn('repro-steps', text).present).toBe(true);
  });

  it('counts an agent who reproduced it and says how', () => {
    const status = itemIn('repro-steps', "Repro'd on staging: create invoice, add discount, save → 500", 'agent');
    expect(status.present).toBe(true);
    expect(status.evidence).toBe('"Repro\'d on staging: create invoice, add discount, save → 500" (Sam Agent, 13 Nov)');
    expect(itemIn('repro-steps', 'Reproduced it by exporting a report with 2 filters.', 'agent').present).toBe(true);
    expect(itemIn('repro-steps', 'We can reproduce the timeout with the legacy connector on a fresh sandbox.', 'agent').present).toBe(true);
  });

  it.each([
    ['"could not reproduce" alone', 'Could not reproduce.', 'agent'],
    ['"unable to reproduce"', 'I was unable to reproduce this on staging.', 'agent'],
    ["couldn't repro", "Couldn't repro on prod.", 'agent'],
    ['"not reproducible", even with detail', 'Not reproducible: tried creating invoices with discounts on staging.', 'agent'],
    ["wasn't able to", "I wasn't able to reproduce it when exporting a report.", 'agent'],
    ['reproduced without how', 'Reproduced on staging.', 'agent'],
    ['an agent asking for steps', 'Could you send us the steps to reproduce?', 'agent'],
    ['a request for steps', 'Please send steps to reproduce so we can check.', 'agent'],
    ['steps unknown', 'Steps to reproduce: unknown', 'agent'],
    ['no steps', 'The customer gave no steps to reproduce.', 'agent'],
    ['a single vague action', 'I clicked save and nothing happens.', 'customer'],
    ['troubleshooting bullets', '- Cleared cookies → same error\n- Tried incognito → same error\n- Logged out and back in → same error', 'agent'],
    ['nouns, not actions', 'The upload failed, and the download too.', 'customer'],
    ['failed attempts', "I can't save or export anything.", 'customer'],
    ['a result arrow, not a menu', 'Went to the login page -> error.', 'customer'],
    ['a statement, then an unrelated sentence', 'Most people sign in normally. Nothing was edited on our end.', 'customer'],
    ['an investigation line', 'Looked at Scheduled exports → 3 queued exports, created by the owner.', 'agent'],
    ['a repro attempt that did not say it failed', 'Repro attempt: staging tenant, same browser → works.', 'agent'],
  ] as const)('does not count %s', (_, text, role) => {
    expect(itemIn('repro-steps', text, role).present).toBe(false);
  });
});

describe('environment', () => {
  it('counts any environment detail from the ticket, with who and when', () => {
    const status = assess(ticket(), { environment: [env('browser', 'Chrome 120')] }).environment;
    expect(status).toMatchObject({ present: true, evidence: 'Chrome 120 (Dana Ito, 12 Nov)', source: fromEntry1 });
  });

  it('names the field a detail came from', () => {
    const status = assess(ticket(), { environment: [env('version', '5.2.1', source('field:Product version', 'Product version: 5.2.1'))] }).environment;
    expect(status.evidence).toBe('5.2.1 (field "Product version")');
  });

  it('prefers the ticket, then falls back to the note', () => {
    const answers = [{ sectionId: 'environment', label: 'Environment', text: 'iOS 17.2' }];
    const noteOnly = assess(ticket(), { answers, environment: [env('os', 'iOS 17.2', fromAnswer('environment'))] }).environment;
    expect(noteOnly.evidence).toBe('iOS 17.2 (in your "Environment")');
    const both = assess(ticket(), { answers, environment: [env('os', 'iOS 17.2', fromAnswer('environment')), env('browser', 'Safari 17')] }).environment;
    expect(both.evidence).toBe('Safari 17 (Dana Ito, 12 Nov)');
  });

  it('is missing without details, whatever the text says', () => {
    expect(itemIn('environment', 'I use Chrome 120 on Windows 11.').present).toBe(false);
  });
});

describe('affected users', () => {
  it.each([
    'All 38 users are locked out.',
    '3 of our agents see the error.',
    'It is only me.',
    'It only happens on my account.',
    'Everyone in the team gets logged out.',
    'All SSO users fail since this morning.',
    'The whole company is blocked.',
    'A single user is affected.',
    'Two cashiers cannot print receipts.',
    'None of our users can log in.',
    'It affects 100+ employees.',
    'It affects 12 users in the EU region.',
    'About 50% of our users get the error.',
    "I'm the only one with this problem.",
    'Nobody in the office can log in.',
    '38 Benutzer sind betroffen.',
    'We have 38 users who cannot log in.',
    'Every single shopper hits the error at payment.',
    'Two other restaurants nearby reported the same.',
    'Roughly 30 handheld scanners in the warehouse stopped syncing.',
    'It also happened on 4 other tenants overnight.',
    'EU customers with a tax number are charged twice.',
    'MFA users from the Paris office cannot sign in.',
    'New hires are not being created.',
  ])('counts: %s', (text) => {
    expect(itemIn('affected-users', text).present).toBe(true);
  });

  it.each([
    'Users cannot log in.',
    'Some users complain.',
    'We have 38 seats.',
    'We have 38 users on our plan.',
    'Licensed for 40 agents.',
    'Hi everyone, login is broken.',
    'Export all users to CSV fails.',
    'Error 500 users see a blank page.',
    'At 10:30 users got logged out.',
    'We run iOS 17 devices.',
    'Our Windows 11 laptops are managed by Intune.',
    'The users are confused.',
    'Some customers are upset.',
  ])('does not count: %s', (text) => {
    expect(itemIn('affected-users', text).present).toBe(false);
  });

  it('does not count an agent asking about scope', () => {
    expect(itemIn('affected-users', 'Is it all users or just you?', 'agent').present).toBe(false);
  });

  it('counts an "affected users" field but not seats or account size', () => {
    expect(assess(ticket({ customFields: [{ label: 'Affected users', value: '38' }] }))['affected-users'].evidence).toBe('field "Affected users": 38');
    const size = [
      { label: 'Seats', value: '38' },
      { label: 'Users', value: '38' },
      { label: 'Affected version', value: '5.2' },
    ];
    expect(assess(ticket({ organization: { name: 'N', fields: size } }))['affected-users'].present).toBe(false);
  });

  it('quotes the phrase in the evidence', () => {
    expect(itemIn('affected-users', 'Since 9:00 all 38 users are locked out.').evidence).toBe('"all 38 users" (Dana Ito, 13 Nov)');
  });
});

describe('permissions / plan', () => {
  it('counts a plan field with its value', () => {
    const status = assess(ticket({ organization: { name: 'N', fields: [{ label: 'Plan tier', value: 'Enterprise' }] } }))['permissions-plan'];
    expect(status.evidence).toBe('field "Plan tier": Enterprise');
    expect(status.source).toEqual({ entryId: 'field:Plan tier', excerpt: 'Plan tier: Enterprise' });
  });

  it.each(['Plan', 'Subscription', 'Tier', 'User role', 'Access level'])('counts a %s field', (label) => {
    expect(assess(ticket({ customFields: [{ label, value: 'Pro' }] }))['permissions-plan'].present).toBe(true);
  });

  it('does not count plan dates, seat counts, IDs or empty plan fields', () => {
    const fields = [
      { label: 'Plan renewal date', value: '2027-01-01' },
      { label: 'Seats', value: '38' },
      { label: 'Subscription ID', value: 'sub_88' },
      { label: 'Plan', value: '-' },
    ];
    expect(assess(ticket({ customFields: fields }))['permissions-plan'].present).toBe(false);
  });

  it('counts a plan tag', () => {
    expect(assess(ticket({ tags: ['sso', 'plan_enterprise'] }))['permissions-plan'].evidence).toBe('tag "plan_enterprise"');
  });

  it.each([
    'We are on the Enterprise plan.',
    'Our account is on the Pro tier.',
    'We just upgraded to Premium.',
    'We are an Enterprise customer.',
    "I'm an admin of the workspace.",
    'She is the account owner.',
    'The user has a read-only role.',
    'He has Manage Billing permission.',
    'Bob logs in without admin rights.',
    'Her role is Viewer.',
    'We are still on a free trial.',
    "I'm the Acme owner for our company.",
    'Priya is our Jira administrator.',
  ])('counts: %s', (text) => {
    expect(itemIn('permissions-plan', text).present).toBe(true);
  });

  it.each([
    'You have my permission to log in.',
    'The admin panel is slow.',
    'Our plan is to migrate next week.',
    'Please contact your admin.',
    'We will check and get back to you.',
    'This is the only admin account.',
    'I am not the Acme admin.',
    'This is the Acme admin page.',
  ])('does not count: %s', (text) => {
    expect(itemIn('permissions-plan', text).present).toBe(false);
  });

  it('does not count an agent asking about the plan', () => {
    expect(itemIn('permissions-plan', 'Are you on the Enterprise plan?', 'agent').present).toBe(false);
  });

  it('reads a bare tier in the note', () => {
    expect(inAnswer('permissions-plan', 'Enterprise, 38 seats, priority high.').evidence).toBe('in your "Customer context"');
  });
});

describe('customer authorization', () => {
  it.each([
    'You have my permission to log in and reset it.',
    'Feel free to log in to our account.',
    'Yes, go ahead and reset the MFA.',
    'I authorize you to make the changes.',
    'OK to make changes.',
    'You can access our account.',
    'Approved by Maria Lopez to reset the SSO config.',
    'Please proceed with the reset.',
    "We don't mind if you log in.",
    'Sure, go ahead and rotate the API key.',
    'Sie haben meine Erlaubnis, das Konto zu ändern.',
    'Sie dürfen gerne auf unser Konto zugreifen.',
    'U mag gerust inloggen op ons account.',
    'Ustedes pueden acceder a la cuenta.',
    'Vocês têm a minha autorização para alterar.',
    'Vous avez notre accord pour modifier les réglages.',
  ])('counts the customer writing: %s', (text) => {
    expect(itemIn('authorization', text).present).toBe(true);
  });

  it.each([
    'Customer gave permission to reset MFA on the call.',
    'Dana authorized us to reset the password.',
    'The customer said we can log in as her.',
    'Reset done with the customer’s explicit consent.',
    'Authorization: granted',
    'cx approved (on the phone).',
    'Client gave go-ahead to rebuild the index.',
    'Cleared with the owner, fine for us to reconnect the mailbox.',
    'OK for the technician to enter and work on the meter.',
  ])('counts an agent recording it: %s', (text) => {
    expect(itemIn('authorization', text, 'agent').present).toBe(true);
  });

  it.each([
    ['please fix it alone', 'Please fix it asap.', 'customer'],
    ['a customer refusing', "Please don't make any changes without my permission.", 'customer'],
    ['a customer saying no', 'You do not have my permission to log in.', 'customer'],
    ['go ahead about something else', 'Please go ahead and send me the invoice.', 'customer'],
    ['a customer asking', 'Is it ok to make changes while users are logged in?', 'customer'],
    ['a condition not yet met', 'We need to check internally before you can make changes.', 'customer'],
    ['a customer saying it is not ok', 'It is not ok to reset passwords this week.', 'customer'],
    ['the agent asking', 'Do we have your permission to log in to your account?', 'agent'],
    ['the agent asking, after a greeting', 'Hi Dana, could you confirm it is OK to reset the MFA?', 'agent'],
    ['the agent asking to be told', 'Let me know if you are OK for us to log in.', 'agent'],
    ['the agent announcing', "We'll go ahead and reset it.", 'agent'],
    ['the agent instructing', 'You can log in again now.', 'agent'],
    ['the agent granting something to the customer', 'We gave them permission to export.', 'agent'],
    ['a symptom in Spanish', 'Los usuarios no pueden acceder a la cuenta.', 'customer'],
    ['a refusal in German', 'Sie haben nicht unsere Freigabe.', 'customer'],
    ['the agent asking if a visit is fine', 'Is it OK for the engineer to enter on Tuesday?', 'agent'],
  ] as const)('does not count %s', (_, text, role) => {
    expect(itemIn('authorization', text, role).present).toBe(false);
  });

  it("counts the customer's answer to the agent's question, with the customer as source", () => {
    const context = ticket({
      timeline: [
        { id: '1', author: 'Sam Agent', authorRole: 'agent', visibility: 'public', at: '2026-11-12T15:00:00Z', text: 'Do we have your permission to reset MFA?' },
        { id: '2', author: 'Dana Ito', authorRole: 'customer', visibility: 'public', at: '2026-11-12T15:20:00Z', text: 'Yes, go ahead.' },
      ],
    });
    const status = assess(context).authorization;
    expect(status.evidence).toBe('"Yes, go ahead" (Dana Ito, 12 Nov)');
    expect(status.source).toMatchObject({ entryId: '2', author: 'Dana Ito', at: '2026-11-12T15:20:00Z', excerpt: 'Yes, go ahead.' });
  });

  it('counts an authorization field that says yes, not one that says no', () => {
    expect(assess(ticket({ customFields: [{ label: 'Account access authorized', value: 'Yes' }] })).authorization.present).toBe(true);
    expect(assess(ticket({ customFields: [{ label: 'Account access authorized', value: 'No' }] })).authorization.present).toBe(false);
  });

  it("counts the note reporting the customer's words", () => {
    expect(inAnswer('authorization', 'Dana wrote: "feel free to log in".').present).toBe(true);
    expect(inAnswer('authorization', 'Feel free to ping me.').present).toBe(false);
  });
});

describe('answers and precedence', () => {
  const answers = [
    { sectionId: 'happening', label: "What's happening", text: 'Login fails.' },
    { sectionId: 'customer', label: 'Customer context', text: 'All 38 users, Enterprise plan, admin role.' },
  ];

  it('names the section the agent wrote it in, with an answer source', () => {
    const status = assess(ticket(), { answers })['affected-users'];
    expect(status.evidence).toBe('in your "Customer context"');
    expect(status.source?.entryId).toBe('answer:customer');
    expect(status.source?.excerpt).toContain('All 38 users');
  });

  it('prefers what the ticket says over the note', () => {
    const status = assess(withEntry('Only 3 of our agents are affected.'), { answers })['affected-users'];
    expect(status.evidence).toBe('"3 of our agents" (Dana Ito, 13 Nov)');
    expect(status.source?.entryId).toBe('9');
  });

  it('prefers a field over the conversation', () => {
    const context = withEntry('We are on the Pro plan.', 'customer', { customFields: [{ label: 'Plan', value: 'Enterprise' }] });
    expect(assess(context)['permissions-plan'].evidence).toBe('field "Plan": Enterprise');
  });

  it('reads the subject too', () => {
    expect(assess(ticket({ subject: 'All 38 users locked out' }))['affected-users'].evidence).toBe('"All 38 users" (subject)');
  });

  it("ignores ticked checklist labels: they are not data", () => {
    const ticks = [{ sectionId: 'notes', label: 'Notes', text: 'Reproduction steps\nPermissions / plan\nNumber of affected users' }];
    const result = assess(ticket(), { answers: ticks });
    expect(Object.values(result).filter((s) => s.present)).toEqual([]);
  });

  it('follows the answers as they change on the same ticket (only the ticket scan is remembered)', () => {
    const context = ticket();
    expect(assess(context, { answers: [{ sectionId: 'c', label: 'C', text: 'Only me.' }] })['affected-users'].present).toBe(true);
    expect(assess(context, { answers: [{ sectionId: 'c', label: 'C', text: 'Users.' }] })['affected-users'].present).toBe(false);
  });
});

describe('evidence and sources', () => {
  it('keeps evidence plain and short, and excerpts bounded', () => {
    const long = `${'word '.repeat(60)}all 38 users are affected ${'\u202Eword '.repeat(60)}`;
    const status = itemIn('affected-users', long);
    expect(status.present).toBe(true);
    expect(status.evidence!.length).toBeLessThanOrEqual(120);
    expect(status.evidence).not.toMatch(/[\u202A-\u202E\u200B]/u);
    expect(status.source!.excerpt.length).toBeLessThanOrEqual(160);
    expect(status.source!.excerpt).toContain('all 38 users');
  });

  it('clips a long identifier value', () => {
    const status = assess(ticket(), { identifiers: [identifier('account', 'A'.repeat(500))] })['account-ids'];
    expect(status.evidence!.length).toBeLessThanOrEqual(120);
    expect(status.evidence!.endsWith('…')).toBe(true);
  });

  it('sees through zero-width characters hiding a phrase', () => {
    expect(itemIn('affected-users', 'all 3\u200B8 users').present).toBe(true);
  });

  it('leaves the parts out of the byline the helpdesk did not give', () => {
    const context = ticket({ timeline: [{ id: 'a', author: '', authorRole: 'unknown', visibility: 'public', text: 'Only me.' }] });
    expect(assess(context)['affected-users'].evidence).toBe('"Only me"');
  });
});

describe('pathological input', () => {
  const MiB = 1 << 20;

  it.each(['1. ', 'all of our ', 'a@', '14:32 ', 'click x then ', 'go to a > ', '\n\n', 'reproduced ', 'you have my ', '- Open x\n', 'x'.repeat(70)])(
    'reads 1 MiB of %j in the ticket and the note without hanging',
    (seed) => {
      const text = seed.repeat(Math.ceil(MiB / seed.length));
      const context = ticket({
        subject: text,
        timeline: [
          { id: '1', author: 'A', authorRole: 'customer', visibility: 'public', text },
          { id: '2', author: 'B', authorRole: 'agent', visibility: 'internal', text },
          { id: '3', author: 'A', authorRole: 'customer', visibility: 'public', text: 'Go ahead and reset it, you have my permission.' },
        ],
      });
      const statuses = assessChecklist({ context, answers: [{ sectionId: 's', label: 'S', text }], identifiers: [], environment: [] });
      expect(statuses).toHaveLength(7);
      // The hostile entries did not stop the reading: a plain grant after them is still found.
      expect(statuses.find((s) => s.id === 'authorization')?.present).toBe(true);
    },
  );

  it('stops reading a ticket with thousands of long entries', () => {
    const text = 'nothing to see here '.repeat(1000);
    const timeline = Array.from({ length: 2000 }, (_, i) => ({ id: String(i), author: 'A', authorRole: 'customer' as const, visibility: 'public' as const, text }));
    timeline.push({ id: 'late', author: 'A', authorRole: 'customer', visibility: 'public', text: 'All 38 users are affected.' });
    const statuses = assessChecklist({ context: ticket({ timeline }), answers: [], identifiers: [], environment: [] });
    // Past the scan budget: the late entry is not read.
    expect(statuses.find((s) => s.id === 'affected-users')?.present).toBe(false);
  });

  it('finds an item early in a huge entry', () => {
    const text = `Only me.\n${'x'.repeat(MiB)}`;
    expect(itemIn('affected-users', text).present).toBe(true);
    expect(itemIn('affected-users', `${'x '.repeat(30_000)}Only me.`).present).toBe(false);
  });
});

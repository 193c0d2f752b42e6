import { describe, expect, it } from 'vitest';
import { TicketContextSchema, type TicketContext, type TicketContextInput } from '@/lib/context';
import { extractIdentifiers, findIdentifiers, hasTimeZone } from '@/lib/quality/identifiers';
import { MAX_SCANNED_CHARS } from '@/lib/quality/sourceRef';

/** "kind:value" for each find, in text order. */
const found = (text: string) => findIdentifiers(text).map((f) => `${f.kind}:${f.value}`);

type Entry = TicketContextInput['timeline'] extends (infer E)[] | undefined ? E : never;
const entry = (id: string, text: string, extra: Partial<Entry> = {}): Entry => ({
  id,
  author: 'Dana Ito',
  authorRole: 'customer',
  visibility: 'public',
  at: `2026-03-02T10:0${id}:00Z`,
  text,
  ...extra,
});
function ticket(timeline: Entry[], extra: Partial<TicketContextInput> = {}): TicketContext {
  return TicketContextSchema.parse({
    helpdesk: 'zendesk',
    ticketId: '4211',
    url: 'https://acme.zendesk.com/agent/tickets/4211',
    requester: { name: 'Dana Ito', email: 'dana@northwind.example' },
    timeline,
    ...extra,
  });
}

describe('findIdentifiers: labelled IDs', () => {
  it.each([
    ['Account ID 88231 cannot sync.', ['account:88231']],
    ['Please check org 88231.', ['account:88231']],
    ['Our tenant acme-eu is affected.', ['account:acme-eu']],
    ['In workspace ws_7781 only.', ['account:ws_7781']],
    ['Customer no. C-1043 here.', ['account:C-1043']],
    ['Tenant ID: acme', ['account:acme']],
    ['Affected: user id u_5512.', ['user:u_5512']],
    ['The username jdoe is locked.', ['user:jdoe']],
    ['Also jane.doe@northwind.example cannot log in.', ['user:jane.doe@northwind.example']],
    ['Order #A-10442 never shipped.', ['order:A-10442']],
    ['See invoice INV-2024-0113.', ['order:INV-2024-0113']],
    ['The transaction 8812-4471-0093 failed.', ['order:8812-4471-0093']],
    ['Stripe shows payment pi_3NabcDEF12345xyz.', ['order:pi_3NabcDEF12345xyz']],
    ['request id 9f8e2c1a-4b3d-4e5f-8a9b-0c1d2e3f4a5b', ['request:9f8e2c1a-4b3d-4e5f-8a9b-0c1d2e3f4a5b']],
    ['trace id 4bf92f3577b34da6a3ce929d0e0e4736', ['request:4bf92f3577b34da6a3ce929d0e0e4736']],
    ['correlation id: 5d1c2e3f-aaaa-4bbb-8ccc-123456789abc', ['request:5d1c2e3f-aaaa-4bbb-8ccc-123456789abc']],
    ['A bare 1b4e28ba-2fa1-11d2-883f-0016d3cca427 in the log.', ['request:1b4e28ba-2fa1-11d2-883f-0016d3cca427']],
    ['Job 77812 is stuck.', ['request:77812']],
    ['Reference number 88213 on the letter.', ['other:88213']],
    ['Please reset MFA for user kenji.tanaka today.', ['user:kenji.tanaka']],
    ['Our tenant is contoso.onmicrosoft.com.', ['account:contoso.onmicrosoft.com']],
    ['Internal: seeing 401s for org_id=55120 in Datadog.', ['error-code:401', 'account:55120']],
    ['My ID: 88231.', ['other:88231']],
    ['Charge ch_3OqXyZ2eZvKYlo2C and order 4410 (order number 4410).', ['order:ch_3OqXyZ2eZvKYlo2C', 'order:4410']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('lets the label decide the kind of an ID that has a shape of its own', () => {
    expect(found('Tenant ID is 72f988bf-86f1-41af-91ab-2d7cd011db47.')).toEqual(['account:72f988bf-86f1-41af-91ab-2d7cd011db47']);
  });

  it.each([
    ['a label followed by a word', 'The account is locked, the order was late, the username field is empty.'],
    ['quantities', 'We have 38 users and 3 workspaces; we order 500 units a month; user 2 and user 3 see it.'],
    ['a count after a label with a unit', 'Account 2500 users strong, workspace 1200 seats.'],
    ['a price after a label', 'Payment $49.99 and invoice 12.50 EUR.'],
    ['ordinary words that are labels too', 'Order of operations matters. The request was slow. Good job!'],
    ['"2FA" after a label', 'The account 2FA setting is on.'],
    ['a verb label before a short number', 'We want to order 3500 of them and charge 1200 to the card.'],
  ])('ignores %s', (_name, text) => expect(found(text)).toEqual([]));
});

describe('findIdentifiers: e-mail addresses', () => {
  it('keeps affected users and leaves out signatures, contact lines and team mailboxes', () => {
    const text = [
      'Hi, bob.smith@northwind.example and ana@northwind.example cannot sign in.',
      'You can reach me at dana.personal@gmail.example if needed.',
      'The alert came from noreply@acme.example and support@baton.example answered.',
      '',
      'Thanks,',
      'Priya Shah',
      'Northwind | priya@northwind.example | +44 20 7946 0958',
    ].join('\n');
    expect(found(text)).toEqual(['user:bob.smith@northwind.example', 'user:ana@northwind.example']);
  });

  it('reads a message that opens with "Thanks!" as content, and a "-- " block as a signature', () => {
    expect(found('Thanks!\nThe account ID is 88231.')).toEqual(['account:88231']);
    expect(found('Order 55123 is late.\n-- \nPriya Shah, Account 99881, priya@northwind.example')).toEqual(['order:55123']);
  });

  it('leaves out the addresses in a quoted reply header', () => {
    expect(found('Any news?\n\nOn Mon, 3 Mar 2025 at 14:02, Priya Shah <priya@northwind.example> wrote:\n> order 55123 is late')).toEqual(['order:55123']);
    expect(found('From: Priya Shah <priya@northwind.example>\nSent: Monday, March 3, 2025 2:02 PM\nTo: Support\nSubject: Order 55123')).toEqual([]);
  });
});

describe('findIdentifiers: error codes and messages', () => {
  it.each([
    ['Gateway returned HTTP 502.', ['error-code:HTTP 502']],
    ['We get 502 Bad Gateway.', ['error-code:502 Bad Gateway']],
    ['API answered with status 403.', ['error-code:status 403']],
    ['Sync shows error 1043.', ['error-code:error 1043']],
    ['Code E1043 on the display.', ['error-code:E1043']],
    ['Chrome says ERR_CONNECTION_RESET.', ['error-code:ERR_CONNECTION_RESET']],
    ['Windows Update fails with 0x80070005.', ['error-code:0x80070005']],
    ['The report fails with ORA-00942.', ['error-code:ORA-00942']],
    ['The IdP returns SAML_INVALID.', ['error-code:SAML_INVALID']],
    ['Sign-in fails with AADSTS50011 every time.', ['error-code:AADSTS50011']],
    ['The container stopped with exit code 137.', ['error-code:exit code 137']],
    ['Since Monday we keep getting a 504.', ['error-code:504']],
    ['We see intermittent 500 errors.', ['error-code:500']],
  ])('code: %s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    ['They get "SAML response invalid: audience mismatch" on login.', ['error-message:SAML response invalid: audience mismatch']],
    ['The error reads: “Workspace limit reached”.', ['error-message:Workspace limit reached']],
    ["The banner shows 'You don't have access to this page'.", ["error-message:You don't have access to this page"]],
    ['Error: Unable to reach the server', ['error-message:Unable to reach the server']],
    ['The error message is: Invalid token. Then it logs out.', ['error-message:Invalid token']],
    [
      '2025-03-02T10:11:00Z ERROR [auth] SAML response invalid: audience mismatch',
      ['time:2025-03-02T10:11:00Z', 'error-message:SAML response invalid: audience mismatch'],
    ],
    ["Uncaught TypeError: Cannot read properties of undefined (reading 'id')", ["error-message:TypeError: Cannot read properties of undefined (reading 'id')"]],
  ])('message: %s', (text, expected) => expect(found(text)).toEqual(expected));

  it('reads a JSON error body, but not a success body', () => {
    expect(found('Response: {"error":"invalid_grant","error_description":"Token expired"}')).toEqual(['error-code:invalid_grant', 'error-message:Token expired']);
    expect(found('Response: {"status":"ok","message":"Export created"}')).toEqual([]);
  });

  it('does not take quoted UI text for an error message', () => {
    expect(found('The button says "Submit" and I clicked "Export to CSV". It shows "Loading".')).toEqual([]);
  });

  it('reports a quoted code once, as a code', () => {
    expect(found('Chrome shows "ERR_CONNECTION_RESET".')).toEqual(['error-code:ERR_CONNECTION_RESET']);
    expect(found('We get "403 Forbidden".')).toEqual(['error-code:403 Forbidden']);
  });

  it('keeps the whole log message when a stack trace sits inside it', () => {
    expect(found('ERROR 2025-03-02 10:11:00,123 [worker-3] com.acme.export.ExportJob - Export failed: java.net.SocketTimeoutException: Read timed out')).toEqual([
      'time:2025-03-02 10:11:00,123',
      'error-message:Export failed: java.net.SocketTimeoutException: Read timed out',
    ]);
  });
});

describe('findIdentifiers: URLs, times, addresses', () => {
  it('finds http(s) URLs without the punctuation around them', () => {
    expect(found('Open https://app.acme.com/reports/42?tab=export. Or see (https://en.wikipedia.org/wiki/Foo_(bar)), or http://10.0.0.5:8080/health!')).toEqual([
      'url:https://app.acme.com/reports/42?tab=export',
      'url:https://en.wikipedia.org/wiki/Foo_(bar)',
      'url:http://10.0.0.5:8080/health',
    ]);
  });

  it('leaves out help-centre, documentation and status links', () => {
    const text = 'Please follow https://help.acme.com/hc/en-us/articles/360001234 and https://docs.acme.com/sso. Status: https://status.acme.com. The failing page is https://app.acme.com/settings/sso.';
    expect(found(text)).toEqual(['url:https://app.acme.com/settings/sso']);
  });

  it('finds times of events with the zone as written', () => {
    expect(found('At 14:30 UTC, then 9:05am PST, then 2:15 pm CET, then 10:11:00Z, then 2025-03-02T10:11:00Z, around 9am, at 14:02 (Berlin time).')).toEqual([
      'time:14:30 UTC',
      'time:9:05am PST',
      'time:2:15 pm CET',
      'time:10:11:00Z',
      'time:2025-03-02T10:11:00Z',
      'time:around 9am',
      'time:14:02 (Berlin time)',
    ]);
    expect(found('It failed at 2025-03-02 10:11:00 UTC and at 16:45 GMT+2.')).toEqual(['time:2025-03-02 10:11:00 UTC', 'time:16:45 GMT+2']);
    // Words that only sound like appointments elsewhere in the sentence do not hide the time.
    expect(found('The export started by the scheduler failed when I opened the page at 10:15 UTC.')).toEqual(['time:10:15 UTC']);
  });

  it.each([
    ['an appointment', 'Please call me tomorrow at 3pm.'],
    ['opening hours', 'Our office hours are 9:00-17:00 CET, Mon-Fri 9am to 5pm.'],
    ['a duration', 'The import took 1:30 min and the video is 12:45 minutes long.'],
    ['a time range that is not an offset', 'Maintenance: business hours 9:00-10:00.'],
    ['a deadline', 'Please respond by 5pm. We need it by 17:00 CET.'],
  ])('ignores %s', (_name, text) => expect(found(text)).toEqual([]));

  it('finds addresses, serials and hashes as "other"', () => {
    expect(found('From 10.0.0.12 and 2001:db8::8a2e:370:7334, MAC 00:1A:2B:3C:4D:5E, S/N 4KX93Z81, commit a1b2c3d.')).toEqual([
      'other:10.0.0.12',
      'other:2001:db8::8a2e:370:7334',
      'other:00:1A:2B:3C:4D:5E',
      'other:4KX93Z81',
      'other:a1b2c3d',
    ]);
  });

  it.each([
    ['phone numbers', 'Call +44 20 7946 0958 or (555) 201-3344.'],
    ['version numbers', 'We run app version 4.12.1, Chrome 120.0.6099.109 and firmware 10.0.0.1.'],
    ['prices and percentages', 'It costs $49.99 (€45,00), 45% of runs fail.'],
    ['plain dates', 'It started on 2025-03-02 and again on 03/05/2025 and March 7.'],
    ['quantities', '38 users, 12 workspaces and 1,234 records are affected.'],
    ['clock-like text that is not a time', 'Aspect ratio 16:9, not 24:00 or 12:61.'],
  ])('ignores %s', (_name, text) => expect(found(text)).toEqual([]));
});

describe('findIdentifiers: more ways of writing them', () => {
  it.each([
    ['Asset tags: QX-2231 and QX-2240 both fail.', ['other:QX-2231', 'other:QX-2240']],
    ['Employee IDs: PR-0098, PR-0102.', ['user:PR-0098', 'user:PR-0102']],
    ['Checked orgs: ZN-5510, ZN-5512.', ['account:ZN-5510', 'account:ZN-5512']],
    ['The clinic ID RTX-88120 is on the old plan.', ['account:RTX-88120']],
    ['Filed as ENG-5521 last week.', ['other:ENG-5521']],
    ['The app shows "Cannot sync (QF-311)".', ['error-message:Cannot sync (QF-311)', 'error-code:QF-311']],
    ['Same QF-311 on the tablet.', ['error-code:QF-311']],
    ['We added Aruba AP-515 units.', []],
    ['Klantnummer 55120934, graag snel.', ['account:55120934']],
    ['Numéro de série: ZT4-FR-0099123.', ['other:ZT4-FR-0099123']],
    ['Logged in as CONTOSO\\rlee this morning.', ['user:CONTOSO\\rlee']],
    ['Provider answered consent_expired again.', ['error-code:consent_expired']],
    ['Every POST /v3/parcels call is refused.', ['url:/v3/parcels']],
    ['Event page is tickets.example.com/e/spring-gala today.', ['url:tickets.example.com/e/spring-gala']],
    ['The sending domain news.shop.example fails DMARC.', ['other:news.shop.example']],
    ['The service user report-bot changed it.', ['user:report-bot']],
    ['It went wrong at 9:15 this morning (Pacific).', ['time:9:15 this morning (Pacific)']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it('reads an error pasted on the line after the sentence that announces it', () => {
    expect(found('Users get this error when they sign in:\n\nToken signature could not be verified\n\nThanks')).toEqual([
      'error-message:Token signature could not be verified',
    ]);
    expect(found('Bounce from the log:\n550 5.1.1 Recipient address rejected: user unknown')).toEqual([
      'error-code:550 5.1.1',
      'error-message:Recipient address rejected: user unknown',
    ]);
  });

  it('reads a quoted error after an arrow or a label in another language', () => {
    expect(found('searched the logs → "duplicate key violates constraint"')).toEqual(['error-message:duplicate key violates constraint']);
    expect(found('Fehlermeldung: "Konto gesperrt"')).toEqual(['error-message:Konto gesperrt']);
    expect(found('dá erro "Senha incorreta"')).toEqual(['error-message:Senha incorreta']);
  });

  it('reads the code an error message ends with, and a code named in the sentence', () => {
    expect(found('Error: "Tunnel could not be opened. (812)"')).toEqual(['error-message:Tunnel could not be opened. (812)', 'error-code:812']);
    expect(found('The call fails (code 4010) for everyone.')).toEqual(['error-code:code 4010']);
    expect(found('The error code returned on failure is 812.')).toEqual(['error-code:812']);
    expect(found('We keep hitting the 812 error.')).toEqual(['error-code:812']);
  });

  it.each([
    ['a standard or algorithm name', 'Signed with SHA-256 and dates in ISO-8601.'],
    ['a short coded name outside an error', 'Model QF-311 arrived.'],
    ['a key that holds an error word', 'Header rate_limit_scope=org and "error_description": set.'],
    ['a label after "this"', 'Logs for this workspace: connect timed out.'],
    ['a time that is a cut-off', 'The carrier cut-off is 22:00 UTC.'],
    ['a service named with a domain', 'Outlook.com/Hotmail users bounce.'],
  ])('ignores %s', (_name, text) => expect(found(text).filter((f) => !f.startsWith('error-message'))).toEqual([]));
});

describe('hasTimeZone', () => {
  it.each(['14:30 UTC', '9:05am PST', '2:15 pm CET', '10:11:00Z', '2025-03-02T10:11:00Z', '2025-03-02T10:11:00+01:00', '10:11 +0100', '16:45 GMT+2', '14:02 (Berlin time)', '9am New York time', '2pm Eastern', '3pm IST'])(
    'true for %s',
    (value) => expect(hasTimeZone(value)).toBe(true),
  );
  it.each(['14:30', 'around 9am', '14:30 local time', '2025-03-02', 'at 9:15 the response time spiked'])('false for %s', (value) => expect(hasTimeZone(value)).toBe(false));
});

describe('findIdentifiers: plain text and indices', () => {
  it('finds nothing in ordinary text', () => {
    expect(found('Hello, the export stalled again overnight. We retried from the dashboard; same result. Please help us!')).toEqual([]);
    expect(found('')).toEqual([]);
  });

  it('returns the index of each value in the text given, even after invisible characters', () => {
    const text = '\u202EOrder #A-10442 failed with error 1043 at 14:30 UTC.';
    const finds = findIdentifiers(text);
    expect(finds.map((f) => f.value)).toEqual(['A-10442', 'error 1043', '14:30 UTC']);
    for (const f of finds) expect(text.slice(f.index, f.index + f.value.length)).toBe(f.value);
  });
});

describe('extractIdentifiers', () => {
  it('scans every entry in timeline order (customer and agent, public and internal), then fields', () => {
    const context = ticket(
      [
        entry('1', 'Order #A-10442 fails with error 1043.'),
        entry('2', 'Internal: Kibana shows trace id 4bf92f3577b34da6a3ce929d0e0e4736 at 09:42 UTC.', { author: 'Sam Agent', authorRole: 'agent', visibility: 'internal' }),
        entry('3', 'Thanks Dana, could you send the request id?', { author: 'Sam Agent', authorRole: 'agent' }),
      ],
      {
        customFields: [
          { label: 'Account ID', value: '88231' },
          { label: 'Order total', value: '49.99' },
        ],
        organization: { name: 'Northwind', fields: [{ label: 'Tenant', value: 'northwind-eu' }, { label: 'Plan tier', value: 'Enterprise' }] },
      },
    );
    expect(extractIdentifiers(context).map((i) => `${i.kind}:${i.value}@${i.source.entryId}`)).toEqual([
      'order:A-10442@1',
      'error-code:error 1043@1',
      'request:4bf92f3577b34da6a3ce929d0e0e4736@2',
      'time:09:42 UTC@2',
      'account:88231@field:Account ID',
      'account:northwind-eu@field:Tenant',
    ]);
  });

  it('keeps one item per distinct value (case and spacing aside), from its first occurrence', () => {
    const context = ticket([
      entry('1', 'Chrome says ERR_CONNECTION_RESET for order #A-10442.'),
      entry('2', 'Still err_connection_reset, order A-10442 again.'),
      entry('3', 'It started at 14:30 UTC, and 14:30UTC again today.'),
    ]);
    expect(extractIdentifiers(context).map((i) => `${i.value}@${i.source.entryId}`)).toEqual(['ERR_CONNECTION_RESET@1', 'A-10442@1', '14:30 UTC@3']);
  });

  it('gives each identifier its source: entry, author, time and the sentence around it', () => {
    const context = ticket([
      entry('5', 'Hello team. Since this morning job 77812 is stuck at 60%. Nothing else changed.', { author: 'Priya Shah' }),
      entry('6', 'It also failed at 10:42 CET.', { at: undefined }),
    ]);
    const [job, time] = extractIdentifiers(context);
    expect(job?.source).toEqual({ entryId: '5', author: 'Priya Shah', at: '2026-03-02T10:05:00Z', excerpt: 'Since this morning job 77812 is stuck at 60%.' });
    expect(time?.source).toEqual({ entryId: '6', author: 'Dana Ito', excerpt: 'It also failed at 10:42 CET.' });
  });

  it('leaves out the ticket’s own number and URL', () => {
    const context = ticket([entry('1', 'About request 4211 (https://acme.zendesk.com/agent/tickets/4211): order #4211 and order #88412.')]);
    expect(extractIdentifiers(context).map((i) => i.value)).toEqual(['88412']);
  });

  it('leaves out the requester’s own address unless the text names it as the affected user', () => {
    const signOff = ticket([entry('1', 'The export fails.\n\nBest regards,\nDana Ito\ndana@northwind.example'), entry('2', 'Reply to dana@northwind.example please.')]);
    expect(extractIdentifiers(signOff)).toEqual([]);
    const mentioned = ticket([entry('1', 'Internal: Dana Ito (dana@northwind.example) says bob@northwind.example cannot log in.', { authorRole: 'agent' })]);
    expect(extractIdentifiers(mentioned).map((i) => i.value)).toEqual(['bob@northwind.example']);
    const named = ticket([entry('1', 'I log in as dana@northwind.example and get error 1043.')]);
    expect(extractIdentifiers(named).map((i) => i.value)).toEqual(['dana@northwind.example', 'error 1043']);
  });

  it('reads fields by their label, or by what their value says', () => {
    const context = ticket([], {
      customFields: [
        { label: 'Affected user', value: 'dana@northwind.example' },
        { label: 'Username', value: 'jdoe' },
        { label: 'Error code', value: 'E1043' },
        { label: 'Order number', value: 'n/a' },
        { label: 'Incident start', value: '2025-03-02 14:30 UTC' },
        { label: 'Notes', value: 'Customer mentioned invoice INV-2024-0113.' },
        { label: 'Region', value: 'EU-West 2' },
        { label: 'User role', value: 'Admin' },
      ],
    });
    expect(extractIdentifiers(context).map((i) => `${i.kind}:${i.value}@${i.source.entryId}`)).toEqual([
      'user:dana@northwind.example@field:Affected user',
      'user:jdoe@field:Username',
      'error-code:E1043@field:Error code',
      'time:2025-03-02 14:30 UTC@field:Incident start',
      'order:INV-2024-0113@field:Notes',
    ]);
    expect(extractIdentifiers(context)[1]?.source).toEqual({ entryId: 'field:Username', excerpt: 'Username: jdoe' });
  });

  it('clips a long value and keeps it plain text', () => {
    const url = `https://app.acme.com/${'a'.repeat(400)}`;
    const [found] = extractIdentifiers(ticket([entry('1', `Open ${url} <b>now</b>`)]));
    expect(found?.value.length).toBeLessThanOrEqual(200);
    expect(found?.value.startsWith('https://app.acme.com/aaa')).toBe(true);
    expect(found?.value.endsWith('…')).toBe(true);
  });
});

describe('extractIdentifiers: repeats', () => {
  it('keeps one find for a value the ticket says again more fully, or under another kind', () => {
    const context = ticket([
      entry('1', 'API says HTTP 409 Conflict since 2026-03-01 07:41 UTC. Affected: j.ono@northwind.example'),
      entry('2', 'Still 409 at 07:41 UTC; user j.ono cannot log in. Host 10.2.3.4:443 also times out.'),
      entry('3', 'Practice ID HLX-22019 here, and HLX-22019 again. Host 10.2.3.4 confirmed.'),
    ]);
    expect(extractIdentifiers(context).map((i) => `${i.kind}:${i.value}`)).toEqual([
      'error-code:HTTP 409 Conflict',
      'time:2026-03-01 07:41 UTC',
      'user:j.ono@northwind.example',
      'other:10.2.3.4:443',
      'account:HLX-22019',
    ]);
  });

  it('does not read a count in an "Affected users" field as a user', () => {
    expect(extractIdentifiers(ticket([entry('1', 'It fails.')], { customFields: [{ label: 'Affected users', value: '14' }] }))).toEqual([]);
  });
});

describe('extractIdentifiers on hostile input', () => {
  it(`scans only the first ${MAX_SCANNED_CHARS} characters of a 1 MiB entry`, () => {
    const huge = `Order #A-10442 failed. ${'x'.repeat(MAX_SCANNED_CHARS)} order #B-20000 ${'y'.repeat(1 << 20)}`;
    const ids = extractIdentifiers(ticket([entry('1', huge)]));
    expect(ids.map((i) => i.value)).toEqual(['A-10442']);
  });

  it.each([
    ['unclosed quotes after error words', 'error "'.repeat(3000)],
    ['labels without values', 'account order request user job '.repeat(700)],
    ['colons', ':'.repeat(MAX_SCANNED_CHARS)],
    ['hex and colons', 'f:'.repeat(MAX_SCANNED_CHARS / 2)],
    ['digits and colons', '1:'.repeat(MAX_SCANNED_CHARS / 2)],
    ['digits and dots', '1.'.repeat(MAX_SCANNED_CHARS / 2)],
    ['at signs', 'x@'.repeat(MAX_SCANNED_CHARS / 2)],
    ['apostrophes', "'a".repeat(MAX_SCANNED_CHARS / 2)],
    ['upper snake case', 'A_'.repeat(MAX_SCANNED_CHARS / 2)],
    ['log levels', 'ERROR '.repeat(3000)],
    ['reply headers', 'On x\n'.repeat(4000)],
    ['sign-offs', 'Thanks,\n'.repeat(2500)],
    ['one long word', 'a'.repeat(MAX_SCANNED_CHARS)],
    ['approximations without times', 'around '.repeat(2800)],
  ])('still finds what comes before %s (a backtracking pattern would hang here until the test times out)', (_name, text) => {
    const values = extractIdentifiers(ticket([entry('1', `Order #A-10442 failed.\n${text}`)])).map((i) => i.value);
    expect(values).toContain('A-10442');
  });

});

import { describe, expect, it } from 'vitest';
import { TicketContextSchema, type TicketContext, type TicketContextInput } from '@/lib/context';
import { extractEnvironment, findEnvironment } from '@/lib/quality/environment';
import { MAX_SCANNED_CHARS } from '@/lib/quality/sourceRef';

/** "kind:value" for each find, in text order. */
const found = (text: string) => findEnvironment(text).map((f) => `${f.kind}:${f.value}`);

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
  return TicketContextSchema.parse({ helpdesk: 'zendesk', ticketId: '4211', url: 'https://acme.zendesk.com/agent/tickets/4211', timeline, ...extra });
}

describe('findEnvironment: each kind, as written', () => {
  it.each([
    ['It started after the upgrade to Windows 11 last week.', ['os:Windows 11']],
    ['The old kiosk still runs Win 10.', ['os:Win 10']],
    ['My Mac is on macOS 14.2 now.', ['os:macOS 14.2']],
    ['Since I updated to macOS Sonoma the sync is slow.', ['os:macOS Sonoma']],
    ['Happens on iOS 17.1 only.', ['os:iOS 17.1']],
    ['Our tablets run iPadOS 17.', ['os:iPadOS 17']],
    ['Android 14 devices crash on launch.', ['os:Android 14']],
    ['The agent host is Ubuntu 22.04 LTS.', ['os:Ubuntu 22.04 LTS']],
    ['Students use ChromeOS in class.', ['os:ChromeOS']],
    ['It also fails on Windows laptops.', ['os:Windows']],
    ['the android app crashes on my samsung s21', ['os:android', 'device:samsung s21']],
  ])('OS: %s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    ['Works in Chrome 120 but not elsewhere.', ['browser:Chrome 120']],
    ['About page says Chrome 120.0.6099.109.', ['browser:Chrome 120.0.6099.109']],
    ['Same thing in Edge.', ['browser:Edge']],
    ['Firefox 121 shows a blank page.', ['browser:Firefox 121']],
    ['Safari 17 blocks the pop-up.', ['browser:Safari 17']],
    ['I switched to Brave and it worked.', ['browser:Brave']],
    ['Chrome keeps logging me out.', ['browser:Chrome']],
    ['Tried Chrome, Firefox and Safari.', ['browser:Chrome', 'browser:Firefox', 'browser:Safari']],
  ])('browser: %s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    ['Sent from the iPhone 15 Pro of a field tech: app freezes.', ['device:iPhone 15 Pro']],
    ['Only on my iPad Air.', ['device:iPad Air']],
    ['Pixel 8 users report it too.', ['device:Pixel 8']],
    ['A Galaxy S23 in the warehouse.', ['device:Galaxy S23']],
    ['Her MacBook Air M2 is fine.', ['device:MacBook Air M2']],
    ['ThinkPad T14 and Surface Pro 9 both fail.', ['device:ThinkPad T14', 'device:Surface Pro 9']],
    ['Scanning with a Zebra TC52 gives nothing.', ['device:Zebra TC52']],
    ['Printing to the HP LaserJet M404 hangs.', ['device:HP LaserJet M404']],
    ['Our router is a TP-Link AX73.', ['device:TP-Link AX73']],
  ])('device: %s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    ['Since app 4.12.1 the login loops.', ['version:app 4.12.1']],
    ['We are on version 4.2 of the desktop client.', ['version:version 4.2']],
    ['Regression in v2.3.1.', ['version:v2.3.1']],
    ['QA tested build 5521.', ['version:build 5521']],
    ['The scanner has firmware 1.8.2.', ['version:firmware 1.8.2']],
    ['Rolled out with release 2024.3.', ['version:release 2024.3']],
    ['Zoom 5.17.5 crashes on share.', ['version:Zoom 5.17.5']],
    ['Version: 4.12.1', ['version:4.12.1']],
    ['It broke when we updated to 4.13 yesterday.', ['version:4.13']],
    ['Our integration runs on Node 18 and Java 17.', ['version:Node 18', 'version:Java 17']],
    ['The add-in fails in Outlook 2019 and Office 365.', ['version:Outlook 2019', 'version:Office 365']],
  ])('version: %s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    ['Only when I am on VPN.', ['network:VPN']],
    ['We all connect through the corporate VPN.', ['network:corporate VPN']],
    ['Traffic goes through Zscaler.', ['network:Zscaler']],
    ['We sit behind a proxy.', ['network:proxy']],
    ['Maybe the firewall drops it.', ['network:firewall']],
    ['Fails on hotel Wi-Fi, works on 4G.', ['network:hotel Wi-Fi', 'network:4G']],
    ['Same on Wi-Fi and LTE.', ['network:Wi-Fi', 'network:LTE']],
    ['On 5G it is fine.', ['network:5G']],
    ['Only on cellular.', ['network:cellular']],
    ['Our office is IPv6 only, wired over ethernet.', ['network:IPv6', 'network:ethernet']],
  ])('network: %s', (text, expected) => expect(found(text)).toEqual(expected));

  it('returns the index of each value in the text given', () => {
    const text = 'Hi! On iOS 17.1 with app 4.12.1 over hotel Wi-Fi, the iPhone 15 Pro shows nothing.';
    const finds = findEnvironment(text);
    expect(finds.map((f) => f.value)).toEqual(['iOS 17.1', 'app 4.12.1', 'hotel Wi-Fi', 'iPhone 15 Pro']);
    for (const f of finds) expect(text.slice(f.index, f.index + f.value.length)).toBe(f.value);
  });
});

describe('findEnvironment: false-positive traps', () => {
  it.each([
    ['version with no number', 'Which version are you on? The version history is empty.'],
    ['"windows" that are time windows', 'The booking windows overlap, and maintenance windows 10 minutes long are too short.'],
    ['"edge" as in edge case', 'This is an edge case. Edge cases like this need care; we are on the cutting edge.'],
    ['"safari" as a trip', 'Our CEO went on safari last month, the Safari Park trip was great.'],
    ['"chrome" as UI chrome', 'The UI chrome looks off on narrow screens, and the chrome trim is scratched.'],
    ['numbers that are IDs or prices', 'Order 4.12 was charged 19.99, ticket 5521, account 88231.'],
    ['ISO dates', 'It started on 2024-03-02 and again 2024.03.05.'],
    ['IP addresses', 'The server at 10.0.0.12 and 192.168.1.1 refuses connections.'],
    ['a proxy in another sense', 'Response time is a proxy for load. We voted by proxy.'],
    ['a document version', 'Please sign version 2 of the contract.'],
    ['an application name with a small number', 'Meet me in Office 3, Zoom 2 times on the chart.'],
    ['a capitalised word before a section number', 'See Section 4.2.1 and Step 1.2.3.'],
    ['Brave and Opera as words', 'Brave new world. We went to the opera.'],
    ['a browser inside a URL or address', 'See https://www.mozilla.org/firefox/new/ or mail chrome@acme.com.'],
    ['a mail client footer', 'Thanks for looking.\n\nSent from my iPhone'],
  ])('%s', (_name, text) => expect(found(text)).toEqual([]));

  it('does not read a question to the customer as their environment', () => {
    expect(found('Thanks! Are you connected through a VPN? Which version of Chrome are you using?')).toEqual([]);
    // A statement in the same message still counts.
    expect(found('Could you try Firefox? We see it on Chrome 120 here.')).toEqual(['browser:Chrome 120']);
  });
});

describe('findEnvironment: overlapping names', () => {
  it('reads "Chrome OS" as the OS and not the browser', () => {
    expect(found('Our Chromebooks run Chrome OS 120.')).toEqual(['device:Chromebooks', 'os:Chrome OS 120']);
  });

  it('keeps a model suffix with its device ("Galaxy S23 5G" is not a 5G network)', () => {
    expect(found('On a Galaxy S23 5G.')).toEqual(['device:Galaxy S23 5G']);
  });

  it('reads a pasted user agent as one OS and one browser', () => {
    const ua = 'UA: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91';
    expect(found(ua)).toEqual(['os:Windows NT 10.0', 'browser:Edg/120.0.2210.91']);
    const safari = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15';
    expect(found(safari)).toEqual(['os:Mac OS X 10_15_7', 'browser:Safari/605.1.15']);
  });

  it('finds nothing in text without environment details', () => {
    expect(found('Hello, the export stalled again overnight. We retried from the dashboard; same result. Please help!')).toEqual([]);
    expect(found('')).toEqual([]);
  });

  it('never returns invisible or control characters, and keeps indices in the text given', () => {
    const text = '\u202EFirefox 121\u200B on Win\u000011';
    const finds = findEnvironment(text);
    // The NUL reads as a space: "Win 11" as the customer meant it, without the control character.
    expect(finds.map((f) => f.value)).toEqual(['Firefox 121', 'Win 11']);
    expect(finds.map((f) => f.index)).toEqual([1, text.indexOf('Win')]);
  });
});

describe('findEnvironment: more ways of writing it', () => {
  const kinds = (text: string) => findEnvironment(text).map((f) => `${f.kind}:${f.value}`);

  it.each([
    ['Works in Safari on a Mac, fails in Chrome/Mac.', ['browser:Safari', 'os:Mac', 'browser:Chrome', 'os:Mac']],
    ['Staff use their work laptop at the desk.', ['device:work laptop']],
    ['Guests usually connect from phones.', ['device:phones']],
    ['Het gebeurt op de laptop, ook via kabel.', ['device:laptop', 'network:kabel']],
    ['The Zentra Box 2 reboots nightly.', ['device:Zentra Box 2']],
    ['It is the printer that ships with the Kassio K7 terminal.', ['device:Kassio K7']],
    ['The display on thermostat TX4 blinks.', ['device:TX4']],
    ['Office moved to a new router and the till is on LAN.', ['network:new router', 'network:LAN']],
    ['Half are on home broadband, the rest on 4G hotspots.', ['network:home broadband', 'network:4G hotspots']],
    ['Signal from Nova Fibra drops at night.', ['network:Nova Fibra']],
    ['The IKEv2 profile fails, L2TP/IPsec works.', ['network:IKEv2', 'network:L2TP/IPsec']],
    ['We installed Ruckus R650 access points.', ['network:Ruckus R650']],
    ['Both 2.4 GHz and 5 GHz share one SSID.', ['network:2.4 GHz and 5 GHz']],
    ['Since KB5031234 the client crashes.', ['version:KB5031234']],
    ['The till runs POS sw 7.1.3.', ['version:POS sw 7.1.3']],
    ['We send API version 2023-08-16 in the header.', ['version:API version 2023-08-16']],
  ])('%s', (text, expected) => expect(kinds(text)).toEqual(expected));

  it.each([
    ['a version range written with a wildcard', 'Is this known on firmware 2.3.x builds?'],
    ['a guess written as a question', 'Maybe the new access points do SSL inspection?'],
    ['the text of a quoted error', 'It fails with "Cannot reach the VPN gateway".'],
    ['a support team name', 'Passing this to L2 VPN now.'],
    ['a capitalised word that starts a sentence before a model', 'The K7 terminal is fine.'],
  ])('ignores %s', (_name, text) => expect(kinds(text)).toEqual([]));
});

describe('extractEnvironment', () => {
  it('leaves out a detail that a more specific one of the same kind already gives', () => {
    const context = ticket([
      entry('1', 'Using Firefox 126 on Win11 with the new router.'),
      entry('2', 'Also tried Firefox again, on Windows 11 23H2; rebooted the router.'),
    ]);
    expect(extractEnvironment(context).map((d) => `${d.kind}:${d.value}`)).toEqual(['browser:Firefox 126', 'network:new router', 'os:Windows 11 23H2']);
  });

  it('does not read fields that sort the ticket as its environment', () => {
    const context = ticket([entry('1', 'It fails.')], { customFields: [{ label: 'Product area', value: 'VPN client' }] });
    expect(extractEnvironment(context)).toEqual([]);
  });

  it('scans every entry in timeline order (customer and agent, public and internal), then fields', () => {
    const context = ticket(
      [
        entry('1', 'Login loops on my iPhone 15 Pro.'),
        entry('2', 'Internal: reproduced on iOS 17.1 with app 4.12.1.', { author: 'Sam Agent', authorRole: 'agent', visibility: 'internal' }),
        entry('3', 'Could you try on Wi-Fi instead of LTE?', { author: 'Sam Agent', authorRole: 'agent' }),
        entry('4', 'Tried Wi-Fi at home, same.'),
      ],
      {
        customFields: [{ label: 'App version', value: '4.13.0' }],
        organization: { name: 'Northwind', fields: [{ label: 'Default browser', value: 'Chrome' }] },
      },
    );
    expect(extractEnvironment(context).map((d) => `${d.kind}:${d.value}@${d.source.entryId}`)).toEqual([
      'device:iPhone 15 Pro@1',
      'os:iOS 17.1@2',
      'version:app 4.12.1@2',
      'network:Wi-Fi@4',
      'version:4.13.0@field:App version',
      'browser:Chrome@field:Default browser',
    ]);
  });

  it('keeps one item per distinct value (case and spacing aside), from its first occurrence', () => {
    const context = ticket([
      entry('1', 'Broken in Chrome 120 on hotel Wi-Fi.'),
      entry('2', 'Still broken in chrome 120 and on WINDOWS 11, hotel wifi too.'),
      entry('3', 'Windows 11 here too.'),
    ]);
    const details = extractEnvironment(context);
    expect(details.map((d) => `${d.value}@${d.source.entryId}`)).toEqual(['Chrome 120@1', 'hotel Wi-Fi@1', 'WINDOWS 11@2']);
  });

  it('gives each detail its source: entry, author, time and the sentence around it', () => {
    const context = ticket([
      entry('7', 'Hello team. Since yesterday the dashboard is blank in Firefox 121 for all of us. We tried everything.', { author: 'Priya Shah' }),
      entry('8', 'Now it also happens on Android 14.', { at: undefined }),
    ]);
    const [firefox, android] = extractEnvironment(context);
    expect(firefox?.source).toEqual({
      entryId: '7',
      author: 'Priya Shah',
      at: '2026-03-02T10:07:00Z',
      excerpt: 'Since yesterday the dashboard is blank in Firefox 121 for all of us.',
    });
    expect(android?.source).toEqual({ entryId: '8', author: 'Dana Ito', excerpt: 'Now it also happens on Android 14.' });
    expect(android?.source).not.toHaveProperty('at');
  });

  it('clips a long sentence around the find, keeping the find in view', () => {
    const long = `${'word '.repeat(80)}then it fails on Safari 17 again ${'and again '.repeat(40)}`;
    const [safari] = extractEnvironment(ticket([entry('1', long)]));
    expect(safari?.value).toBe('Safari 17');
    expect(safari?.source.excerpt.length).toBeLessThanOrEqual(161);
    expect(safari?.source.excerpt).toContain('Safari 17');
    expect(safari?.source.excerpt.startsWith('…')).toBe(true);
  });

  it('reads ticket and organization fields by their label, or by what their value says', () => {
    const context = ticket([], {
      customFields: [
        { label: 'OS', value: 'Windows' },
        { label: 'Device', value: 'n/a' },
        { label: 'Environment', value: 'Chrome 120 on macOS 14.2' },
        { label: 'Plan', value: 'Enterprise' },
        { label: 'Pricing model', value: 'Per seat' },
        { label: 'Phone number', value: '+44 20 7946 0958' },
        { label: 'Firmware version', value: 'unknown' },
        { label: 'Build', value: '5521' },
      ],
    });
    expect(extractEnvironment(context).map((d) => `${d.kind}:${d.value}@${d.source.entryId}`)).toEqual([
      'os:Windows@field:OS',
      'browser:Chrome 120@field:Environment',
      'os:macOS 14.2@field:Environment',
      'version:5521@field:Build',
    ]);
    expect(extractEnvironment(context)[0]?.source).toEqual({ entryId: 'field:OS', excerpt: 'OS: Windows' });
  });

  it('finds nothing in a ticket without environment details', () => {
    expect(extractEnvironment(ticket([entry('1', 'Please refund my last invoice, I was charged twice.')]))).toEqual([]);
    expect(extractEnvironment(ticket([]))).toEqual([]);
  });
});

describe('extractEnvironment on hostile input', () => {
  it(`scans only the first ${MAX_SCANNED_CHARS} characters of a 1 MiB entry`, () => {
    const head = 'It fails in Firefox 121. ';
    const huge = head + 'x'.repeat(MAX_SCANNED_CHARS) + ' and on Windows 11.' + 'y'.repeat(1 << 20);
    const details = extractEnvironment(ticket([entry('1', huge)]));
    expect(details.map((d) => d.value)).toEqual(['Firefox 121']);
  });

  it.each([
    ['repeated browser names', 'Chrome '.repeat(3000)],
    ['repeated labels without numbers', 'version release build firmware app '.repeat(600)],
    ['one long word', 'a'.repeat(MAX_SCANNED_CHARS)],
    ['spaces then a name', `${' '.repeat(MAX_SCANNED_CHARS - 10)}Chrome 120`],
    ['digits and dots', '1.'.repeat(MAX_SCANNED_CHARS / 2)],
    ['unclosed user agents', 'Mozilla/5.0 ('.repeat(1500)],
    ['brand names without models', 'HP Dell Lenovo TP-Link '.repeat(800)],
    ['sign-offs on every line', 'Thanks,\n'.repeat(2500)],
    ['qualifiers without a network', 'corporate office home hotel '.repeat(700)],
    ['a qualifier, then a long run of spaces', `corporate${' '.repeat(MAX_SCANNED_CHARS - 20)}x`],
    ['questions to the reader', 'Are you on Chrome 1. '.repeat(900) + '?'],
  ])('still finds what comes before %s (a backtracking pattern would hang here until the test times out)', (_name, text) => {
    const values = extractEnvironment(ticket([entry('1', `It crashes in Firefox 121.\n${text}`)])).map((d) => d.value);
    expect(values).toContain('Firefox 121');
  });

});

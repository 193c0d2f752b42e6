import { describe, expect, it } from 'vitest';
import { type LintFinding, type LintInput, lintSection } from '@/lib/quality/lint';
import { DEFAULT_TEMPLATE, type SectionRole } from '@/lib/templates/template';
import { countWords } from '@/lib/text';

/** Lints `text` as a section of `role` with a roomy word limit and no customer messages by default. */
function lint(text: string, role?: SectionRole, extra: Partial<LintInput> = {}): LintFinding[] {
  return lintSection({ role, label: 'Section', wordLimit: 200, text, customerMessages: [], ...extra });
}
const rules = (findings: LintFinding[]) => findings.map((f) => f.rule);
const excerpts = (findings: LintFinding[]) => findings.map((f) => f.excerpt);

const ROLES: readonly (SectionRole | undefined)[] = ['happening', 'tried', 'hypothesis', 'customer', 'verifyFirst', undefined];

describe('vague', () => {
  it.each([
    ["Customer experiencing issues. Restart didn't help.", ["Restart didn't help", 'experiencing issues']],
    ['Not working after setup. Customer frustrated. Please call back.', ['Not working', 'Customer frustrated']],
    ['Intermittent problem. Could not reproduce.', ['Could not reproduce', 'Intermittent problem']],
    ["customer can't log in, please investigate", ['please investigate']],
  ])('flags the seed articles’ lazy line %j', (text, expected) => {
    const findings = lint(text, 'happening');
    expect(rules(findings).every((rule) => rule === 'vague')).toBe(true);
    expect(excerpts(findings)).toEqual(expected);
  });

  it.each([
    ['Login not working.', 'not working'],
    ["The app doesn't work for them.", "doesn't work"],
    ['The page isn’t working properly.', 'isn’t working'],
    ['The integration stopped working.', 'stopped working'],
    ['Please check.', 'Please check'],
    ['Please look into this.', 'Please look into'],
    ['Customer is very angry and wants this fixed asap.', 'Customer is very angry'],
    ['Very upset customer.', 'upset customer'],
    ["Couldn't repro on my end.", "Couldn't repro"],
    ['Cannot reproduce.', 'Cannot reproduce'],
    ['Rebooted, no change.', 'Rebooted, no change'],
    ['Restarted twice, same issue.', 'Restarted twice, same issue'],
    ['Customer restarted, issue persists.', 'restarted, issue persists'],
    ['Restarted → same error', 'Restarted → same error'],
    ['See ticket.', 'See ticket'],
    ['See above.', 'See above'],
    ['Details are in the thread.', 'Details are in the thread'],
    ['Issue persists.', 'Issue persists'],
    ['Some issues with invoices.', 'Some issues'],
    ['Customer is having problems with the export.', 'having problems'],
    ['Sporadic errors.', 'Sporadic errors'],
    ['Login broken.', 'broken'],
    ['Tried everything, nothing works.', 'Tried everything'],
    ['Basic troubleshooting done.', 'Basic troubleshooting done'],
    ['Did the usual things, no luck.', 'Did the usual things'],
    ['Went through all the usual suspects first.', 'all the usual suspects'],
    ['Ran a few syncs, some worked, some did not.', 'some worked, some did not'],
    ['Mixed results so far.', 'Mixed results'],
    ['Reproduced.', 'Reproduced'],
    ['Was able to reproduce it, sent a workaround.', 'able to reproduce it'],
    ['Webhook not working for a few clients.', 'not working'],
    ['Checked SSO, customer updated SAML, still not working.', 'not working'],
  ])('flags %j', (text, excerpt) => {
    expect(lint(text, 'happening')).toEqual([{ rule: 'vague', message: expect.any(String), excerpt }]);
  });

  it('says what to write instead, naming the phrase', () => {
    expect(lint('Not working.')).toEqual([{ rule: 'vague', message: '"not working": say what fails and what the customer sees', excerpt: 'Not working' }]);
    const [restart] = lint("Restart didn't help.");
    expect(restart?.message).toBe('"restart didn\'t help": say what was restarted and when');
  });

  it.each([
    "SSO login is not working for the 38 SAML users since 09:10 UTC with 'audience mismatch'",
    'Export not working for files over 50 MB: the job stays at "Processing".',
    'The invoice editor is not working when saving a draft with attachments.',
    'Calendar sync with Outlook stopped working after the customer rotated their app secret.',
    'Could not reproduce in our staging workspace with the same plan.',
    "Couldn't reproduce with my own test account; theirs fails every time.",
    'Restarted the router, no change.',
    'Router restart didn’t help.',
    'A restart of the desktop app did not help.',
    'Restarted the sync service at 10:05 UTC, still failing.',
    'Customer rebooted yesterday, no change.',
    'Customer is frustrated: payroll runs Friday and 40 staff cannot submit timesheets.',
    'Customer is upset because this blocks their launch.',
    'Please check the SPF record for mail.acme.example.',
    'Please check the webhook delivery log for the failed events.',
    'See ticket #4512 for the same error last month.',
    'Issue persists after clearing cache, in incognito and on a second laptop.',
    'Intermittent 502 errors on /api/v2/export.',
    'Some issues with the German translation of the invoice template.',
    'Login does not work for users invited after the migration; earlier users are fine.',
    '- Cleared cache → still not working\n- Tried Firefox → still not working',
    'Cleared cookies, it didn’t work.',
    'Broken image links in the PDF export.',
    'Basic troubleshooting (cache, incognito, other browser) done, same error.',
    'Customer is quite upset and has asked for a call with a manager.',
    'Reproduced on staging with a trial workspace.',
    'Reproduced it in Firefox 128: the icon never appears.',
    'Reproduced: import a CSV with 60k rows → 50,000 rows in the export.',
    'Some exports worked after the 14:00 deploy, and the rest failed with code 413.',
    'VPN not working on Windows 11 laptops since the April update.',
    'The usual export page loads fine.',
  ])('does not flag a specific sentence: %j', (text) => {
    expect(lint(text, 'happening')).toEqual([]);
  });

  it('judges each sentence on its own: detail in one does not excuse another', () => {
    expect(excerpts(lint('Login fails with "SAML response invalid" since 09:10 UTC. Not working.'))).toEqual(['Not working']);
    expect(excerpts(lint('Not working.\nChrome 131 on Windows 11.'))).toEqual(['Not working']);
  });

  it('reports each kind of phrase once, at its first vague occurrence', () => {
    const findings = lint('Not working. Still not working. Export not working for 3 users. Not working!');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.excerpt).toBe('Not working');
  });

  it('does not report "didn\'t help" twice when it belongs to a restart', () => {
    expect(excerpts(lint("Restarted, still not working."))).toEqual(['Restarted, still not working']);
  });

  it('takes capitals in a shout for volume, not names', () => {
    expect(rules(lint('NOT WORKING. CUSTOMER IS VERY ANGRY.'))).toEqual(['vague', 'vague']);
    expect(lint('Please Investigate This Asap')).toHaveLength(1);
  });

  it('does not count support tiers as detail', () => {
    expect(rules(lint('Not working, L2 please investigate.'))).toEqual(['vague', 'vague']);
  });

  it('does not take a vague quote as detail', () => {
    expect(lint('Customer says "the app is not working".')).toHaveLength(1);
    expect(lint('Customer gets "Upload failed" and it is not working.')).toEqual([]);
  });
});

describe('hypothesis-without-reason', () => {
  it.each([
    'Probably a bug.',
    'Server issue',
    'Maybe a browser problem.',
    'Could be caching on their end.',
    'Likely a permissions issue.',
    'Probably related to the recent update.',
    'Probably a bug in 4.2.1',
    'Hypothesis: probably a backend bug',
    'Section: probably a backend bug',
  ])('flags a guess with no reason: %j', (text) => {
    expect(lint(text, 'hypothesis')).toEqual([
      { rule: 'hypothesis-without-reason', message: 'Guess without a reason: add what points to it (what you saw, what you ruled out)', excerpt: expect.any(String) },
    ]);
  });

  it.each(['Not sure', 'No idea, escalating so L2 can look.', 'Unknown', 'N/A', '?', 'TBD'])('asks for a guess when there is none: %j', (text) => {
    const findings = lint(text, 'hypothesis');
    expect(rules(findings)).toContain('hypothesis-without-reason');
    expect(findings[0]?.message).toMatch(/^No guess yet/u);
  });

  it('quotes the answer, not the label the agent typed before it', () => {
    expect(lint('Current hypothesis: server issue', 'hypothesis')[0]?.excerpt).toBe('server issue');
  });

  it.each([
    'The plan change rotated the IdP certificate: the error started the same hour and only SSO users are affected.',
    'Probably a permissions bug, because only the two migrated admins lack the Billing tab.',
    'I think the SSO connection still has the old certificate, since the loop started the day it expired.',
    'Their endpoint was decommissioned — HTTP 410 means Gone.',
    'Browser extension interfering → works in incognito.',
    'Rate limiting on their API key: the errors are all 429.',
    'Could be a regression in 5.3.0, as all crash reports come from that version.',
    'Likely cache corruption; clearing it fixed it for one user, which suggests stale assets.',
    'Probably our bug. It only happens in the new editor.',
    'Probably a sync job stuck. The last successful run was 3 days ago.',
    'Expired certificate (the validity ended on 11 Nov).',
    'Not sure, but it looks like a timeout in the export service given it only fails for the biggest org.',
    'Their firewall is likely blocking our websocket connection; polling keeps working but realtime updates never arrive.',
    'Known issue BUG-4411.',
    'Same as ticket #1234.',
  ])('accepts a guess with a reason: %j', (text) => {
    expect(lint(text, 'hypothesis')).toEqual([]);
  });

  it('does not fire on other sections', () => {
    for (const role of ROLES.filter((r) => r !== 'hypothesis')) {
      expect(rules(lint('Probably a bug.', role))).not.toContain('hypothesis-without-reason');
      expect(rules(lint('Not sure', role))).not.toContain('hypothesis-without-reason');
    }
  });
});

describe('verify-without-target', () => {
  it.each([
    'Check it.',
    'Please look into this',
    'Investigate the issue',
    'Check the logs.',
    'Look at the error logs and see what is happening.',
    "Check the customer's account.",
    'Please investigate and advise.',
    'Check the API.',
    'Look at DNS and the firewall.',
  ])('flags a target-less %j', (text) => {
    expect(lint(text, 'verifyFirst')).toEqual([
      { rule: 'verify-without-target', message: 'No concrete target: name the log, ID or time L2 should check first', excerpt: text },
    ]);
  });

  it.each([
    'Check the SAML logs for org 88231 around 14:30 UTC on 12 Nov for a certificate fingerprint mismatch.',
    'Check server logs for user ID 5521 around 14:30 UTC.',
    'Look at the webhook delivery log.',
    'Check the billing admin page for this workspace.',
    'Look in Sentry for the crash.',
    'Check Datadog for export latency.',
    'Check the nginx logs.',
    'Check the feature flag new_billing_ui for their org.',
    'Pull the HAR file and look for the failing POST to /auth/callback.',
    'Check whether j.smith@acme.example is on the suppression list.',
    'Open https://status.example.com and compare the incident times.',
    'Compare the "Allowed domains" setting with their new domain.',
    'Confirm whether the invoice template has custom fields.',
    'Check yesterday’s sync job runs.',
  ])('accepts a concrete target: %j', (text) => {
    expect(lint(text, 'verifyFirst')).toEqual([]);
  });

  it('does not also report "please check" as vague when it reports the missing target', () => {
    expect(rules(lint('Please check.', 'verifyFirst'))).toEqual(['verify-without-target']);
    expect(rules(lint('Please check.', 'tried'))).toEqual(['vague']);
  });

  it('does not fire on other sections', () => {
    for (const role of ROLES.filter((r) => r !== 'verifyFirst')) {
      expect(rules(lint('Check the logs.', role))).not.toContain('verify-without-target');
    }
  });
});

describe('pasted-customer-message', () => {
  const message =
    'Hi, since this morning none of my team can log in, we get an error saying our session expired and it just keeps looping back to the login page. This is really urgent as we have a client demo at 3pm. Thanks, Dana';
  const errorMessage =
    'When I click Export I get: "The export could not be completed because the workspace has exceeded its monthly export quota of 500 files" and nothing downloads.';
  const happening = (text: string, customerMessages = [message, errorMessage]) => lint(text, 'happening', { customerMessages });

  it('flags the customer’s message pasted as is', () => {
    expect(happening(message)).toEqual([
      {
        rule: 'pasted-customer-message',
        message: "Mostly the customer's own words: say in yours what they cannot do, since when",
        excerpt: 'Hi, since this morning none of my team can log in, we…',
      },
    ]);
  });

  it('ignores case, punctuation, whitespace and curly apostrophes when comparing', () => {
    const mangled = 'SINCE this morning — none of my team can’t... log in; we get an ERROR saying our session expired, and it just keeps looping';
    const loose = message.replace("can log", "can't log");
    expect(rules(happening(mangled, [loose]))).toEqual(['pasted-customer-message']);
  });

  it('flags a long verbatim run even when the agent added words around it', () => {
    const text = 'Summary: since this morning none of my team can log in, we get an error saying our session expired. Escalating to L2 with HAR attached, priority high, demo at 15:00 CET today, admin is Dana on the Enterprise plan.';
    expect(rules(happening(text))).toEqual(['pasted-customer-message']);
  });

  it.each([
    'Dana wrote: "Since this morning none of my team can log in, we get an error saying our session expired and it just keeps looping."',
    'The customer says: “We cannot open any invoice since Monday, every time we click one the page goes blank and we lose our filters.”',
    '> Hi, since this morning none of my team can log in\n> we get an error saying our session expired\n> and it just keeps looping back to the login page.',
  ])('flags a customer quoted wholesale, even without their messages: %j', (text) => {
    const findings = lint(text, 'happening');
    expect(rules(findings)).toEqual(['pasted-customer-message']);
    expect(findings[0]?.message).toMatch(/^Quotes the customer wholesale/u);
  });

  it.each([
    "Since 08:00 CET nobody in Dana's team can log in: the login page loops with 'session expired'. Client demo at 15:00.",
    'Export fails with "The export could not be completed because the workspace has exceeded its monthly export quota of 500 files" although the admin page shows 212 exports this month.',
    'Customer says "it just keeps looping" after login; started this morning for the whole team of 12.',
    'Chrome says: "This site can’t be reached, app.example.com refused to connect, try checking the connection and the proxy"',
  ])('accepts the agent’s own summary with a short or error quote: %j', (text) => {
    expect(happening(text)).toEqual([]);
  });

  it('accepts a short summary that happens to reuse the customer’s phrasing', () => {
    expect(happening('Customer cannot log in with SSO since the plan change.', ['We cannot log in with SSO since the plan change!'])).toEqual([]);
  });

  it('does not fire on other sections, or without overlap', () => {
    for (const role of ROLES.filter((r) => r !== 'happening')) {
      expect(rules(lint(message, role, { customerMessages: [message] }))).not.toContain('pasted-customer-message');
    }
    expect(rules(happening(message, []))).not.toContain('pasted-customer-message');
  });
});

describe('over-word-limit', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('allows exactly the limit and flags one word more, saying by how many', () => {
    expect(lint(words(10), undefined, { wordLimit: 10 })).toEqual([]);
    expect(lint(words(11), undefined, { wordLimit: 10 })).toEqual([
      { rule: 'over-word-limit', message: '1 word over the 10-word limit: keep what L2 needs first' },
    ]);
    expect(lint(words(17), 'tried', { wordLimit: 10 })[0]?.message).toBe('7 words over the 10-word limit: keep what L2 needs first');
  });

  it('counts words the way countWords does', () => {
    const samples = ['  one two\nthree  ', 'a\u00A0b\u2003c', 'tab\tseparated\r\nlines', 'x\u200By z', '🙂 🙂🙂 - → .', '\uFEFFa b'];
    for (const sample of samples) {
      const limit = countWords(sample);
      expect(lint(sample, undefined, { wordLimit: limit }).filter((f) => f.rule === 'over-word-limit')).toEqual([]);
      expect(lint(sample, undefined, { wordLimit: limit - 1 }).filter((f) => f.rule === 'over-word-limit')).toHaveLength(limit > 1 ? 1 : 0);
    }
  });

  it('counts the whole text, beyond what the other rules read', () => {
    const text = 'word '.repeat(50_000);
    expect(lint(text, undefined, { wordLimit: 100 })).toEqual([
      { rule: 'over-word-limit', message: '49900 words over the 100-word limit: keep what L2 needs first' },
    ]);
  });
});

describe('good notes', () => {
  it('finds nothing in the default template’s example answers', () => {
    for (const section of DEFAULT_TEMPLATE.sections) {
      const input = { role: section.role, label: section.label, wordLimit: section.wordLimit, text: section.example, customerMessages: ['Hi, SSO broke for us, please help!'] };
      expect(lintSection(input), section.id).toEqual([]);
    }
  });

  it('finds nothing in a complete, specific handoff', () => {
    const handoff: [SectionRole, string][] = [
      ['happening', 'Since the 4.12 release on Tuesday, PDF invoices exported from the mobile app are blank for all Pro users; web export works.'],
      ['tried', '- Reinstalled the app on a Pixel 7 → same blank PDF\n- Exported the same invoice on the web → fine\n- Downgraded to 4.11.2 → fine'],
      ['hypothesis', 'The new PDF renderer in 4.12: blank exports started with that release and only the mobile app uses it.'],
      ['customer', 'Pro plan, 35 users, finance team blocked before month end. Android 14 and iOS 17. Available 9–12 EST.'],
      ['verifyFirst', 'Check Sentry for PdfRenderer errors from app version 4.12.0 since Tuesday 08:00 UTC, org 40417.'],
    ];
    for (const [role, text] of handoff) expect(lint(text, role, { wordLimit: 100 }), role).toEqual([]);
  });

  it('finds nothing in empty or invisible text, whatever the role', () => {
    for (const role of ROLES) {
      for (const text of ['', '   \n\t ', '\u200B\u200D\uFEFF']) expect(lint(text, role, { wordLimit: 1 })).toEqual([]);
    }
  });
});

describe('hostile input', () => {
  const hostile = [
    'a'.repeat(200_000),
    '!'.repeat(10_000) + 'a' + '!'.repeat(10_000),
    'a-'.repeat(100_000),
    '"'.repeat(50_000),
    ('"' + 'a'.repeat(199)).repeat(500),
    (" 'a" + 'b'.repeat(150)).repeat(500),
    'not working '.repeat(5_000),
    ("restarted didn't help ").repeat(3_000),
    'customer, , , , frustrated '.repeat(2_000),
    ' - x'.repeat(20_000),
    'Dana wrote: "'.repeat(3_000),
    'a. '.repeat(30_000),
    '1'.repeat(30_000) + 'a',
    '😀'.repeat(50_000),
    '(\n'.repeat(30_000),
  ];

  // A pattern that backtracks catastrophically would hang here until the test times out; speed
  // itself is measured by `npm run bench`, not asserted.
  it('lints every role of huge, repetitive text and reports it over its word limit', () => {
    for (const role of ROLES) {
      for (const text of hostile) {
        const findings = lintSection({ role, label: 'x', wordLimit: 100, text, customerMessages: [text, text] });
        const over = findings.some((f) => f.rule === 'over-word-limit');
        expect(over, `${role} ${text.slice(0, 20)}`).toBe(countWords(text) > 100);
      }
    }
  });

  it('keeps excerpts plain and short', () => {
    const findings = lint(`Please\u200B investigate\u202E ${'x'.repeat(500)}`, 'hypothesis');
    expect(findings.length).toBeGreaterThan(0);
    for (const { excerpt } of findings) {
      expect(excerpt).toBeDefined();
      expect(excerpt?.length).toBeLessThanOrEqual(80);
      expect(excerpt).not.toMatch(/[\u200B\u202E\n]/u);
    }
  });

  it('reads only the first 20,000 characters for phrases, but counts every word', () => {
    const padding = `${'Chrome 131 on Windows 11. '.repeat(800)}`;
    expect(padding.length).toBeGreaterThan(20_000);
    expect(lint(`${padding}Not working.`, undefined, { wordLimit: 5000 })).toEqual([]);
    expect(rules(lint(`Not working. ${padding}`, undefined, { wordLimit: 5000 }))).toEqual(['vague']);
    expect(rules(lint(`${padding}Not working.`, undefined, { wordLimit: 4000 }))).toEqual(['over-word-limit']);
  });

  it('is not fooled by invisible characters inside a phrase', () => {
    expect(lint('Not\u200B working.')).toEqual([{ rule: 'vague', message: expect.any(String), excerpt: 'Not working' }]);
  });

});

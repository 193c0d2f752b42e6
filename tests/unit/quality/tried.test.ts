// The "what's been tried" extractor: realistic agent notes in, "action → result" steps out,
// each pointing at the entry it came from. Results are only ever the ones the text states.
import { describe, expect, it } from 'vitest';
import { type TicketContext, TicketContextSchema, type TimelineEntry } from '@/lib/context';
import { extractTried, formatStep, MAX_TRIED_STEPS } from '@/lib/quality/tried';
import { sameStep, stepWords } from '@/lib/quality/triedKey';
import { MAX_SCANNED_CHARS, splitSentences } from '@/lib/quality/triedLines';
import type { TriedStep } from '@/lib/quality/types';

type EntryInput = Partial<TimelineEntry> & { text: string };

let nextId = 0;
function ticket(...entries: EntryInput[]): TicketContext {
  return TicketContextSchema.parse({
    helpdesk: 'zendesk',
    ticketId: '4211',
    url: 'https://acme.zendesk.com/agent/tickets/4211',
    requester: { name: 'Dana Ito', email: 'dana@example.com' },
    timeline: entries.map((entry) => ({
      id: `e${(nextId += 1)}`,
      author: 'Sam Rivera',
      authorRole: 'agent',
      visibility: 'internal',
      at: '2026-11-12T15:00:00Z',
      ...entry,
    })),
  });
}

const note = (text: string, extra: Partial<TimelineEntry> = {}): EntryInput => ({ text, ...extra });
const reply = (text: string, extra: Partial<TimelineEntry> = {}): EntryInput => ({ text, visibility: 'public', ...extra });
const customer = (text: string, extra: Partial<TimelineEntry> = {}): EntryInput => ({
  text,
  author: 'Dana Ito',
  authorRole: 'customer',
  visibility: 'public',
  ...extra,
});

/** The steps of one internal note, as the handoff shows them. */
const lines = (text: string) => extractTried(ticket(note(text))).map(formatStep);
const stepsOf = (...entries: EntryInput[]) => extractTried(ticket(...entries));

describe('explicit step notation', () => {
  it('reads arrows of every kind as action → result', () => {
    expect(lines('Cleared cookies -> same error\nTried incognito → same error\nRe-sent SSO metadata => no change')).toEqual([
      'Cleared cookies → same error',
      'Tried incognito → same error',
      'Re-sent SSO metadata → no change',
    ]);
  });

  it('reads a colon, a dash, a comma, "but" and a semicolon before the result', () => {
    expect(lines('Cleared cache: same error')).toEqual(['Cleared cache → same error']);
    expect(lines('Reinstalled the app - no change')).toEqual(['Reinstalled the app → no change']);
    expect(lines('Restarted the router, still fails')).toEqual(['Restarted the router → still fails']);
    expect(lines('Cleared cache but the error persists')).toEqual(['Cleared cache → the error persists']);
    expect(lines('Re-synced the calendar; now works')).toEqual(['Re-synced the calendar → now works']);
    expect(lines('Tried incognito, works')).toEqual(['Tried incognito → works']);
    expect(lines('Restarted the router — no change')).toEqual(['Restarted the router → no change']);
    expect(lines('Checked status page, nothing reported')).toEqual(['Checked status page → nothing reported']);
  });

  it('reads a result in parentheses, and keeps a short code inside the result', () => {
    expect(lines('Tried incognito (same error), then Firefox (works)')).toEqual(['Tried incognito → same error', 'Firefox → works']);
    expect(lines('Upgraded FW to 2.3.1, still fails (502)')).toEqual(['Upgraded FW to 2.3.1 → still fails (502)']);
  });

  it('reads several steps on one line', () => {
    expect(lines('Cleared cache -> same; tried incognito -> works')).toEqual(['Cleared cache → same', 'Tried incognito → works']);
    expect(lines('Restarted: no change. Reinstalled: no change. Tried on another PC: works.')).toEqual([
      'Restarted → no change',
      'Reinstalled → no change',
      'Tried on another PC → works',
    ]);
  });

  it('keeps a result that comes after its action in the next sentence', () => {
    expect(lines('Cleared cache. Same error.')).toEqual(['Cleared cache → same error']);
    expect(lines('Reset MFA for the user. Cx confirmed they can log in now.')).toEqual(['Reset MFA for the user → can log in now']);
    expect(lines('Rolled back the 5.3 update on their tenant. Confirmed working with cx.')).toEqual([
      'Rolled back the 5.3 update on their tenant → confirmed working with cx',
    ]);
  });
});

describe('phrasings in prose', () => {
  it.each([
    ["cx confirmed clearing cache didn't help", "Cleared cache → didn't help"],
    ["Cx confirmed incognito didn't help.", "Incognito → didn't help"],
    ['Had them reinstall the app → fixed', 'Reinstalled the app → fixed'],
    ['Had cx power cycle the modem — no improvement', 'Power cycled the modem → no improvement'],
    ['Walked the customer through clearing cookies → fixed', 'Cleared cookies → fixed'],
    ["Restarting the app didn't fix it.", "Restarted the app → didn't fix it"],
    ['The reinstall made no difference.', 'Reinstall → made no difference'],
    ['Same error after clearing cache and cookies.', 'Cleared cache and cookies → same error'],
    ['Still getting 403 even after re-adding the user to the group', 'Re-added the user to the group → still getting 403'],
    ['After clearing the cache, the error persists.', 'Cleared the cache → the error persists'],
    ['No change after reinstall', 'Reinstalled → no change'],
    ['Asked cx to clear cache, still fails', 'Cleared cache → still fails'],
    ['Cx cleared cache per my last reply, still seeing the spinner.', 'Cleared cache → still seeing the spinner'],
    ['FYI cx said they already reinstalled before contacting us, no luck.', 'Reinstalled before contacting us → no luck'],
    ['Tried updating the firmware to 2.3.1; didn\'t help', "Tried updating the firmware to 2.3.1 → didn't help"],
    ['Downgraded to 5.1 – working again', 'Downgraded to 5.1 → working again'],
    ['Power-cycled the router, no luck', 'Power-cycled the router → no luck'],
    ['Rolled back to 5.1.2 -> works', 'Rolled back to 5.1.2 → works'],
    ['Ran a traceroute, times out at hop 7', 'Ran a traceroute → times out at hop 7'],
    ['Flushed DNS, no difference', 'Flushed DNS → no difference'],
    ['cx did a hard refresh, still blank page', 'Did a hard refresh → still blank page'],
    ['Rotated the API key, integration works now', 'Rotated the API key → integration works now'],
    ['Re-authenticated the Slack integration - fixed!', 'Re-authenticated the Slack integration → fixed'],
    ['Regenerated the SAML cert, same error', 'Regenerated the SAML cert → same error'],
    ['Disabled the ad blocker and extensions; no change.', 'Disabled the ad blocker and extensions → no change'],
    ['Verified the SPF record: fails for the new sending domain', 'Verified the SPF record → fails for the new sending domain'],
    ['Toggled the feature flag off and on - no effect.', 'Toggled the feature flag off and on → no effect'],
    ["Replicated on my own test tenant: same 'invalid_grant' error.", "Replicated on my own test tenant → same 'invalid_grant' error"],
    ['Tried w/ a fresh API key -> 401 still', 'Tried w/ a fresh API key → 401 still'],
    ["Repro'd on staging w/ their payload -> 422", "Repro'd on staging w/ their payload → 422"],
    ['Cleard the cache, same eror', 'Cleard the cache → same eror'],
    ['Pinged the host: 40ms avg', 'Pinged the host → 40ms avg'],
    ['Traced the request: dies at the load balancer', 'Traced the request → dies at the load balancer'],
    ['Switched to mobile data, works', 'Switched to mobile data → works'],
    ['Tested with a fresh user on the same org and it works fine', 'Tested with a fresh user on the same… → works fine'],
    ['Checked with eng, known issue', 'Checked with eng → known issue'],
    ['Re-ran the migration script with --force, completed without errors.', 'Re-ran the migration script with --force → completed without errors'],
    ['The sync was re-triggered manually. 0 errors in the last run.', 'The sync was re-triggered manually → 0 errors in the last run'],
    ["Couldn't reproduce on staging.", "Tried to reproduce on staging → couldn't reproduce"],
    ['Cache cleared, cookies cleared, same', 'Cache cleared → same'],
    ['I had the customer clear their cache, no change', 'Cleared their cache → no change'],
    ['We had them try incognito → works', 'Tried incognito → works'],
    ['I got them to reboot the router, still offline', 'Rebooted the router → still offline'],
    ['I understand you have reinstalled the app twice and the crash persists.', 'Reinstalled the app twice → the crash persists'],
    ['SSO: re-uploaded the IdP cert, tested login w/ test user → OK', 'Re-uploaded the IdP cert → OK'],
    ['Bumped the rate limit for their API key, 429s stopped.', 'Bumped the rate limit for their API key → 429s stopped'],
    ['Turned off the Strict SSL setting as a test - sync succeeds.', 'Turned off the Strict SSL setting → sync succeeds'],
    ['Double-checked the DNS records: CNAME points to the old host.', 'Double-checked the DNS records → CNAME points to the old host'],
    ['Created a test user on their tenant - test user can log in fine.', 'Created a test user on their tenant → test user can log in fine'],
    ['The export worker for your region was restarted.', 'The export worker for region was restarted → result not stated'],
    ['Incognito works, normal window doesn\'t → likely an extension.', 'Incognito → works'],
  ])('%s', (text, expected) => {
    expect(lines(text)[0]).toBe(expected);
  });

  it('reads several actions in one sentence, sharing the result', () => {
    expect(lines('Cleared cache and tried incognito, same error both times')).toEqual(['Cleared cache → same error', 'Tried incognito → same error']);
    expect(lines('Cleared cache and cookies, disabled extensions and tried incognito. Same 403 every time.')).toEqual([
      'Cleared cache and cookies → same 403',
      'Disabled extensions → same 403',
      'Tried incognito → same 403',
    ]);
    expect(lines('Tried Chrome and Firefox, same 502 in both')).toEqual(['Tried Chrome → same 502', 'Tried Firefox → same 502']);
    expect(lines('Tried incognito and a different network; both failed.')).toEqual(['Tried incognito → failed', 'Tried a different network → failed']);
    expect(lines('Per customer: restarted PC, cleared browser cache, tried Edge. Nothing helped.')).toEqual([
      'Restarted PC → nothing helped',
      'Cleared browser cache → nothing helped',
      'Tried Edge → nothing helped',
    ]);
  });

  it('reads numbered items written on one line', () => {
    expect(lines('Per the runbook: 1) restarted the sync agent → no change 2) re-authorized the Google connection → sync resumed')).toEqual([
      'Restarted the sync agent → no change',
      'Re-authorized the Google connection → sync resumed',
    ]);
  });

  it('reads "failed" after a determiner as part of the object, not as the result', () => {
    expect(lines('We have now re-processed the failed payments.')).toEqual(['Re-processed the failed payments → result not stated']);
  });

  it('keeps "cache and cookies" as one action: an object list is not several steps', () => {
    expect(lines('Cleared cache, cookies and local storage, same error')).toEqual(['Cleared cache, cookies and local storage → same error']);
  });

  it('reads an agent public reply that reports what was done', () => {
    const steps = stepsOf(
      reply(
        "Hi Dana,\n\nThanks for the details. I've gone ahead and cleared the SSO session on our side and re-synced your IdP metadata. Could you try logging in again and let me know if it works?\n\nBest regards,\nSam",
      ),
    );
    expect(steps.map(formatStep)).toEqual(['Cleared the SSO session on our side → result not stated', 'Re-synced IdP metadata → result not stated']);
  });
});

describe('lists', () => {
  it('reads a bulleted list under "Troubleshooting so far:", verbless items included', () => {
    expect(lines('Troubleshooting so far:\n- cleared cache: same error\n- incognito - no change\n- reinstalled app, still fails\n- checked status page')).toEqual([
      'Cleared cache → same error',
      'Incognito → no change',
      'Reinstalled app → still fails',
      'Checked status page → result not stated',
    ]);
  });

  it('reads numbered items, and a bare "no" as the answer to "did it help?"', () => {
    expect(lines('TS done:\n1. hard refresh - no\n2. incognito - no\n3. other browser - yes works in Firefox')).toEqual([
      'Hard refresh → no',
      'Incognito → no',
      'Other browser → yes works in Firefox',
    ]);
  });

  it('gives a "none of it helped" line to every item of the list above it', () => {
    expect(lines('Customer has tried:\n* clearing cache\n* different browser\n* restarting computer\nAll with the same result.')).toEqual([
      'Cleared cache → the same result',
      'Tried different browser → the same result',
      'Restarted computer → the same result',
    ]);
  });

  it('reads a list after "The customer already tried:", and the outcome of all of it after', () => {
    expect(lines('The customer already tried: restarting the app, logging out and in, and reinstalling. None of these helped.')).toEqual([
      'Restarted the app → none of these helped',
      'Logged out and in → none of these helped',
      'Reinstalled → none of these helped',
    ]);
  });

  it('reads an inline list after "Tried:" or "Checked:", and a list inside a sentence', () => {
    expect(lines('Tried: incognito, Firefox, another laptop — same error')).toEqual([
      'Tried incognito → same error',
      'Tried Firefox → same error',
      'Tried another laptop → same error',
    ]);
    expect(lines('Checked: status page, Okta status, our monitoring - all green')).toEqual([
      'Checked status page → all green',
      'Checked Okta status → all green',
      'Checked our monitoring → all green',
    ]);
    expect(lines('We went through: logout/login (no), reinstall (no), new user profile (works).')).toEqual([
      'Logout/login → no',
      'Reinstalled → no',
      'New user profile → works',
    ]);
  });

  it('skips the items under "Next steps:" and other sections that are not tried steps', () => {
    expect(lines('Next steps:\n- Rotate the SAML cert\n- Re-sync metadata\n- Ask cx for a HAR')).toEqual([]);
    expect(lines('Steps to reproduce:\n1. Log in\n2. Go to Settings\n3. Click Export\nResult: 500')).toEqual([]);
    expect(lines('Not tried: safe mode, reinstall')).toEqual([]);
    // A list ends at a blank line: what follows is read again.
    expect(lines('Next steps:\n- escalate to L2\n\nCleared cache -> same error')).toEqual(['Cleared cache → same error']);
  });
});

describe('results are never invented', () => {
  it('leaves the result empty when the text states none', () => {
    const [step] = stepsOf(note('Tried incognito.'));
    expect(step?.action).toBe('Tried incognito');
    expect(step?.result).toBeUndefined();
    expect(step && formatStep(step)).toBe('Tried incognito → result not stated');
  });

  it('does not take a hedge, a plan or a reference for a result', () => {
    expect(lines('Reset MFA, should work now')).toEqual(['Reset MFA → result not stated']);
    expect(lines('Regenerated API token; cx will test tomorrow.')).toEqual(['Regenerated API token → result not stated']);
    expect(lines('Cleared cache - will escalate if it persists')).toEqual(['Cleared cache → result not stated']);
    expect(lines("I've re-added you to the Finance group — you should be able to access the reports now.")).toEqual([
      'Re-added you to the Finance group → result not stated',
    ]);
    expect(lines('Known issue with Safari 17, see KB-2231.')).toEqual([]);
  });

  it('does not read a second action as the first one\'s result', () => {
    expect(lines('Cleared cache, fixed the SPF record')).toEqual(['Cleared cache → result not stated', 'Fixed the SPF record → result not stated']);
  });

  it('does not carry a result across a blank line or onto a list item that has its own', () => {
    expect(lines('Cleared cache.\n\nSame error.')).toEqual(['Cleared cache → result not stated']);
    expect(lines('Cleared cache -> works. Same error on the other laptop.')).toEqual(['Cleared cache → works']);
  });
});

describe('what is not a step', () => {
  it.each([
    ['a question', 'Could you try clearing your cache?'],
    ['a question without its question mark', 'Have you tried restarting your router'],
    ['a request', 'Please clear your cache and cookies.'],
    ['a request for data', 'Can you send a HAR?'],
    ['advice', "I'd suggest trying a different browser, that usually helps with this kind of issue."],
    ['a conditional', "If clearing the cache doesn't help, please try reinstalling the app."],
    ['a greeting, thanks and a signature', "Hi Dana,\n\nThanks for reaching out! Sorry for the trouble.\n\nBest,\nSam"],
    ['a plan', "I'll escalate this to L2."],
    ['a future check', 'Will check with eng tomorrow.'],
    ['a plan in the agent\'s words', "I'm going to clear the CDN cache for you now."],
    ['a plain fact', 'Customer is on Enterprise.'],
    ['account details', 'Internal: customer is on the Enterprise plan, 450 seats, EU region. SSO via Okta.'],
    ['a step not yet done', "Haven't tried safe mode yet."],
    ['a step not done', "We have not reset the password yet because the customer didn't authorize it."],
    ['escalation and ticket admin', 'Escalated to L2, changed priority to high.'],
    ['more ticket admin', 'Updated the ticket priority to P2 and tagged billing.'],
    ['ticket admin with a step verb', 'Reset the ticket SLA.'],
    ['talking to people', 'Called the customer, no answer, left voicemail.'],
    ['pinging a colleague', "Pinged L2 in Slack, they're looking."],
    ['a request still waiting for its outcome', 'Asked cx to clear cache and retry.'],
    ['a request for data in the past tense', 'Asked customer to send a HAR file.'],
    ['background', 'Customer upgraded to Pro last week.'],
    ['how the problem began', "Customer updated to iOS 17.2 yesterday and since then notifications don't arrive."],
    ['a symptom', 'Customer says the app crashes on launch since the last update.'],
    ['a hypothesis', 'Looks like a permissions problem, the user has the Viewer role only.'],
    ['waiting', 'Waiting on customer to send logs.'],
    ['details as labels', 'Error: 502 Bad Gateway\nURL: https://app.acme.com/api/export\nBrowser: Chrome 120'],
    ['a closing note', "Closing this ticket as we haven't heard back. Feel free to reply to reopen."],
    ['quoted e-mail lines', '> Cleared cache, same error\n> Tried incognito, works'],
    ['an e-mail quoted after "On … wrote:"', 'On Tue, Nov 12, 2026 at 3:00 PM Dana <dana@x.com> wrote:\nI restarted the router, still no internet'],
    ['a forwarded message', '-----Original Message-----\nFrom: Dana\nSent: Tuesday\nI restarted the router, still no internet'],
    ['an Outlook reply header', 'From: Dana Ito <dana@x.com>\nSent: Tuesday, November 12, 2026 3:00 PM\nI restarted the router, still no internet'],
    ['German', 'Ich habe den Cache geleert und den Router neu gestartet, leider ohne Erfolg.'],
    ['unknown words around an arrow', 'aaaaaaa -> bbbbb'],
    ['an empty note', '   \n\n  '],
    ['a conclusion', 'Confirmed the issue is on our side - bug EXP-2231 filed.'],
    ['sympathy around a step word', "I'm sorry to hear that the reset link didn't work."],
    ['findings about the customer in a "Checked:" list', 'Checked: user exists, is active, has the Editor role.'],
    ['a reminder', 'Reminder: cx is VIP, respond within 1h.'],
    ['an account change the customer asked for', "Updated the customer's email address as requested."],
    ['a ticket merge', 'Merged with #4410.'],
    ['a request for logs in the past tense', 'Have asked cx for a HAR file and console logs.'],
    ['numbered instructions to the customer', "To fix this, please follow these steps:\n1. Open Settings\n2. Click 'Reset sync'\n3. Restart the app"],
  ])('%s', (_, text) => {
    expect(lines(text)).toEqual([]);
  });

  it('reads nothing after a signature or the quoted history of a reply', () => {
    expect(lines('Cleared cache -> same error\n\nOn Tue, Nov 12, 2026 at 3:00 PM Dana <dana@x.com> wrote:\nI tried incognito, works')).toEqual([
      'Cleared cache → same error',
    ]);
    expect(lines('Cleared cache -> same error\nThanks,\nSam\n--\nTried our new app? Restarted your router lately → download now')).toEqual([
      'Cleared cache → same error',
    ]);
  });

  it('takes no steps from customer entries, nor from public entries of unknown authors', () => {
    expect(stepsOf(customer('I cleared the cache, still fails. Tried incognito -> works'))).toEqual([]);
    expect(stepsOf(note('Cleared cache, same error', { authorRole: 'unknown', visibility: 'public' }))).toEqual([]);
  });

  it('takes steps from internal notes of unknown authors', () => {
    expect(stepsOf(note('Cleared cache, same error', { authorRole: 'unknown', visibility: 'internal' })).map(formatStep)).toEqual([
      'Cleared cache → same error',
    ]);
  });

  it('returns nothing for a ticket with no agent steps', () => {
    expect(stepsOf()).toEqual([]);
    expect(stepsOf(customer('Since this morning none of our SSO users can log in.'), reply('Thanks Dana, we are looking into it.'))).toEqual([]);
  });
});

describe('sources', () => {
  it('name the entry, its author and time, and quote the sentence', () => {
    const context = ticket(
      customer('Login fails with SAML error.'),
      note('Checked status page. Nothing reported.\nCleared cookies -> same error', { id: 'n7', author: 'Sam Rivera', at: '2026-11-12T15:00:00Z' }),
    );
    const steps = extractTried(context);
    expect(steps).toEqual<TriedStep[]>([
      {
        action: 'Checked status page',
        result: 'nothing reported',
        source: { entryId: 'n7', author: 'Sam Rivera', at: '2026-11-12T15:00:00Z', excerpt: 'Checked status page. Nothing reported.' },
      },
      {
        action: 'Cleared cookies',
        result: 'same error',
        source: { entryId: 'n7', author: 'Sam Rivera', at: '2026-11-12T15:00:00Z', excerpt: 'Cleared cookies -> same error' },
      },
    ]);
  });

  it('point at the right entry when steps come from several', () => {
    const steps = stepsOf(note('Cleared cache -> same error', { id: 'first' }), customer('Still broken.'), note('Tried incognito -> works', { id: 'second' }));
    expect(steps.map((step) => [step.action, step.source.entryId])).toEqual([
      ['Cleared cache', 'first'],
      ['Tried incognito', 'second'],
    ]);
  });

  it('leave out a time the helpdesk did not give', () => {
    const [step] = stepsOf({ text: 'Cleared cache -> same error', at: undefined });
    expect(step?.source).not.toHaveProperty('at');
  });

  it('clip the excerpt and show plain text: no invisible or bidi characters, one line', () => {
    const long = `Cleared\u200B the cache\u202E on the machine -> same error ${'and then some more words '.repeat(8)}`;
    const [step] = stepsOf(note(long));
    expect(step?.action).toBe('Cleared the cache on the machine');
    expect(step?.source.excerpt.length).toBeLessThanOrEqual(160);
    expect(step?.source.excerpt).toMatch(/^Cleared the cache on the machine -> same error/);
    expect(step?.source.excerpt.endsWith('…')).toBe(true);
    expect(JSON.stringify(step)).not.toMatch(/[\u200B\u202E\n]/);
  });
});

describe('the same step reported twice', () => {
  it('is listed once, in the place it first appears, with the result a later entry states', () => {
    const steps = stepsOf(
      reply("I've cleared the cache on our side.", { id: 'public' }),
      note('Checked status page, nothing reported', { id: 'n1' }),
      note('Cleared the cache -> same error', { id: 'n2' }),
    );
    expect(steps.map(formatStep)).toEqual(['Cleared the cache on our side → same error', 'Checked status page → nothing reported']);
    expect(steps[0]?.source.entryId).toBe('n2');
  });

  it('keeps the first result when the first mention already states one', () => {
    const steps = stepsOf(note('Tried incognito -> same error', { id: 'a' }), note('Tried incognito again, works', { id: 'b' }));
    expect(steps.map(formatStep)).toEqual(['Tried incognito → same error']);
    expect(steps[0]?.source.entryId).toBe('a');
  });

  it('matches across tense, articles, who did it and "tried"', () => {
    expect(stepsOf(note('Tried clearing the cache.'), note('The customer cleared cache, still fails')).map(formatStep)).toEqual([
      'Tried clearing the cache → still fails',
    ]);
    expect(stepsOf(note('Incognito -> same error'), note('Tried incognito, same error')).map(formatStep)).toEqual(['Incognito → same error']);
  });

  it('compares stemmed words, ignoring order and filler', () => {
    expect(stepWords('Cleared the cache')).toEqual(stepWords('Customer clearing cache'));
    expect(stepWords('Cache cleared')).toEqual(stepWords('Cleared cache'));
    expect(sameStep(stepWords('Re-synced'), stepWords('Resynced IdP metadata'))).toBe(true);
    expect(sameStep(stepWords('Reset password'), stepWords('Reset MFA'))).toBe(false);
  });
});

describe('a customer outcome for a step the agent asked for', () => {
  it('is reported by the agent in a later entry', () => {
    const steps = stepsOf(
      reply('Could you try clearing your browser cache?', { id: 'ask' }),
      customer('ok'),
      note('Cx cleared cache, same error', { id: 'later' }),
    );
    expect(steps.map(formatStep)).toEqual(['Cleared cache → same error']);
    expect(steps[0]?.source.entryId).toBe('later');
  });

  it("takes the outcome from the customer's next message when it names the action", () => {
    const steps = stepsOf(
      reply('Hi Dana,\n\nCould you try clearing your browser cache and cookies and let me know if that helps?\n\nBest,\nSam', { id: 'ask' }),
      customer('Hi Sam, I cleared the cache and cookies but I still get the same error.'),
    );
    expect(steps.map(formatStep)).toEqual(['Cleared browser cache and cookies → still get the same error']);
    expect(steps[0]?.source.entryId).toBe('ask');
    expect(steps[0]?.source.excerpt).toContain('Reply: I cleared the cache and cookies but I still get the same error.');
  });

  it('takes it when the reply refers back to the request', () => {
    expect(stepsOf(reply('Can you try a different browser?'), customer('Tried that, no luck.')).map(formatStep)).toEqual(['Tried a different browser → no luck']);
    expect(stepsOf(reply('Could you please restart the app?'), customer('Thanks! It worked.')).map(formatStep)).toEqual(['Restarted the app → worked']);
    expect(stepsOf(reply('Please try incognito.'), customer("I've tried that already and still get the 403."), note('Escalating.')).map(formatStep)).toEqual([
      'Tried incognito → still get the 403',
    ]);
  });

  it('takes nothing from an unrelated reply, a later reply, or a reply to another agent message', () => {
    expect(stepsOf(reply('Could you please restart the app?'), customer('We are on version 5.2. Our admin is out today.'))).toEqual([]);
    expect(
      stepsOf(reply('Could you please restart the app?'), reply('Also, which version are you on?'), customer('Tried that, no luck.')),
    ).toEqual([]);
    expect(stepsOf(reply('Could you please restart the app?'), customer('Will do.'), customer('Tried that, no luck.'))).toEqual([]);
  });

  it('reads the items of a list the agent asked the customer to try, answered item by item', () => {
    const steps = stepsOf(
      reply('Could you try these and tell me how each went?\n1. Restart the printer\n2. Reinstall the driver from our site\n3. Try another USB port', { id: 'ask' }),
      customer('1. restarted - no change\n2. reinstalled, works now\n3. not yet'),
    );
    expect(steps.map(formatStep)).toEqual(['Restarted the printer → no change', 'Reinstalled the driver from our site → works now']);
    expect(steps[0]?.source.entryId).toBe('ask');
  });

  it('does not apply a vague "that" to one of several requests', () => {
    expect(stepsOf(reply('Could you clear your cache and restart the app?'), customer("That didn't help."))).toEqual([]);
    expect(stepsOf(reply('Could you clear your cache and restart the app?'), customer('Tried both, same error.')).map(formatStep)).toEqual([
      'Cleared cache → same error',
      'Restarted the app → same error',
    ]);
  });
});

describe('limits', () => {
  it(`lists at most ${MAX_TRIED_STEPS} steps, in timeline order`, () => {
    const verbs = ['Cleared', 'Reset', 'Restarted', 'Reinstalled', 'Flushed', 'Rotated', 'Regenerated', 'Disabled', 'Enabled', 'Updated', 'Checked', 'Verified', 'Tested', 'Rebooted', 'Synced'];
    const steps = stepsOf(...verbs.map((verb, i) => note(`${verb} thing${i}, same error`)));
    expect(steps).toHaveLength(MAX_TRIED_STEPS);
    expect(steps[0]?.action).toBe('Cleared thing0');
    expect(steps[11]?.action).toBe('Verified thing11');
  });

  it('still takes a later result for a listed step once the list is full', () => {
    const entries = Array.from({ length: MAX_TRIED_STEPS }, (_, i) => note(`Restarted service${i}.`));
    const steps = stepsOf(...entries, note('Cleared cache, same error'), note('Restarted service3 -> works'));
    expect(steps).toHaveLength(MAX_TRIED_STEPS);
    expect(steps.find((step) => step.action === 'Restarted service3')?.result).toBe('works');
    expect(steps.some((step) => step.action.startsWith('Cleared'))).toBe(false);
  });

  it('shortens long actions and results to a few words', () => {
    const [step] = stepsOf(
      note('Cleared the browser cache and all the cookies for the whole acme.com domain on both laptops -> same error on the login page right after the SAML redirect from the identity provider to our app'),
    );
    expect(step?.action).toBe('Cleared the browser cache and all the cookies…');
    expect(step?.result).toBe('same error on the login page right after the SAML redirect from the identity…');
  });

  it('reads only the start of a huge entry, and quickly', () => {
    const junk = 'x'.repeat(MAX_SCANNED_CHARS);
    expect(lines(`Cleared cache -> same error\n${junk}\nTried incognito -> works`)).toEqual(['Cleared cache → same error']);
  });

  it.each([
    ['one unbroken run', 'a'.repeat(1 << 20)],
    ['whitespace', ' \t'.repeat(1 << 19)],
    ['dots and spaces', '. '.repeat(1 << 19)],
    ['dashes before a letter', `${'-'.repeat(1 << 20)}x`],
    ['arrows', '-> '.repeat(350_000)],
    ['commas', 'x, y, '.repeat(170_000)],
    ['open parentheses', '('.repeat(1 << 20)],
    ['repeated outcomes', 'still '.repeat(170_000)],
    ['repeated "after"', 'same error after '.repeat(60_000)],
    ['greeting-like words', `Hi ${'a '.repeat(1 << 19)}`],
    ['quote introductions', `On ${'1'.repeat(300)}\n`.repeat(3000)],
  ])('survives a 1 MiB entry of %s', (_, text) => {
    expect(lines(text)).toEqual([]);
  });

  it('stops reading a pasted list of hundreds of steps', () => {
    const pasted = Array.from({ length: 500 }, (_, i) => `- tried step ${i} → failed`).join('\n');
    const steps = stepsOf(note(pasted));
    expect(steps).toHaveLength(MAX_TRIED_STEPS);
    expect(steps[0] && formatStep(steps[0])).toBe('Tried step 0 → failed');
  });

  it('clips a step made of one enormous word', () => {
    const [step] = stepsOf(note(`Checked ${'💩'.repeat(200)} → ${'x'.repeat(150)}`));
    expect(step?.action.length).toBeLessThanOrEqual(80);
    expect(step?.result?.length).toBeLessThanOrEqual(140);
    expect(step?.action.startsWith('Checked 💩')).toBe(true);
  });

  it('reads the steps at the start of a 1 MiB entry of repeated steps', () => {
    const text = 'Cleared cache and tried incognito, same error both times. '.repeat(18_000);
    expect(lines(text)).toEqual(['Cleared cache → same error', 'Tried incognito → same error']);
  });

  it('reads a 1,000-comment ticket', () => {
    const entries: EntryInput[] = Array.from({ length: 1000 }, (_, i) =>
      i % 3 === 0
        ? customer(`Update ${i}: still broken on my side, same error as before.`)
        : i % 3 === 1
          ? reply(`Thanks for the update. Could you try the export once more with option ${i}?`)
          : note(`Checked job ${i} logs: lock timeout on shard ${i % 7}. Restarted worker ${i} -> same error.`),
    );
    const steps = stepsOf(...entries);
    expect(steps).toHaveLength(MAX_TRIED_STEPS);
    expect(steps[0]).toMatchObject({ action: 'Checked job 2 logs', result: 'lock timeout on shard 2' });
  });
});

describe('investigation written as findings', () => {
  it('takes what follows an arrow as the result even when it reads like a verb or a passive', () => {
    expect(lines('Checked the feature flags → "Beta checkout" enabled')).toEqual(['Checked the feature flags → "Beta checkout" enabled']);
    expect(lines('Sent a test invoice to our sandbox inbox → bounced, same 554')).toEqual(['Sent a test invoice to our sandbox inbox → bounced, same 554']);
    expect(lines('Checked the queue log for tonight -> 02:10 backlog confirmed on node 4')).toEqual([
      'Checked the queue log for tonight → 02:10 backlog confirmed on node 4',
    ]);
  });

  it('lets a result go on past a comma or "but" while it still states the outcome, and stops at a new action', () => {
    expect(lines('Restarted the sync worker → back up, queue drained but 3 jobs still stuck')).toEqual([
      'Restarted the sync worker → back up, queue drained but 3 jobs still stuck',
    ]);
    expect(lines('Cleared cache → same error, restarted the app → works')).toEqual(['Cleared cache → same error', 'Restarted the app → works']);
    expect(lines('Reconnected the mailbox → sync ok, duplicates remain')).toEqual(['Reconnected the mailbox → sync ok, duplicates remain']);
  });

  it('reads a look named by what was looked at, before a colon or an arrow', () => {
    expect(lines('Webhook logs for tenant 88: every call returns 401 since Monday.')).toEqual(['Checked webhook logs for tenant 88 → every call returns 401 since Monday']);
    expect(lines('Printer diag page → paper sensor fault')).toEqual(['Checked printer diag page → paper sensor fault']);
    expect(lines('Invoice 5531 in admin: paid, never synced to the ledger.')).toEqual(['Checked invoice 5531 in admin → paid, never synced to the ledger']);
    expect(lines('Status: pending on vendor.\nBrowser: Firefox 130\nError: 502 on save')).toEqual([]);
  });

  it('takes whatever follows a look and a colon as what it found', () => {
    expect(lines('Checked the plugin list: cx installed TaxHelper 3.1 the day before.')).toEqual(['Checked the plugin list → installed TaxHelper 3.1 the day before']);
  });

  it('keeps a quoted value whole, separators inside it included', () => {
    expect(lines('Checked their SPF: "v=spf1 a; -all" = too strict.')).toEqual(['Checked their SPF → "v=spf1 a; -all" = too strict']);
  });

  it('reads a header that names a look, with the lines under it as what it found', () => {
    expect(lines('Checked DNS for the domain:\n  MX → ok\n  SPF missing our include\nWill ask the customer to fix it.')).toEqual([
      'Checked DNS for the domain → MX → ok; SPF missing our include',
    ]);
    expect(lines('Health check on router 12 (site B):\n- uplink flapping every 5 min\n- CPU 95%\n\nRebooted the router -> stable')).toEqual([
      'Health check on router 12 (site B) → uplink flapping every 5 min; CPU 95%',
      'Rebooted the router → stable',
    ]);
  });

  it('reads a look that found nothing', () => {
    expect(lines('Nothing in the error log for that job.')).toEqual(['Checked error log → nothing for that job']);
    expect(lines('No incidents on our status page right now.')).toEqual(['Checked status page → no incidents']);
  });

  it('reads commands, re- verbs and test runs', () => {
    expect(lines('dig shop.example.org → NXDOMAIN from two resolvers')).toEqual(['Ran dig shop.example.org → NXDOMAIN from two resolvers']);
    expect(lines("curl'd the API from a cloud VM → 200 in 90ms")).toEqual(["Curl'd the API from a cloud VM → 200 in 90ms"]);
    expect(lines('Disabled the plugin → fast. re-enabled the plugin → slow again.')).toEqual(['Disabled the plugin → fast', 'Re-enabled the plugin → slow again']);
    expect(lines('Printed the config page → IP 10.0.0.5, DHCP')).toEqual(['Printed the config page → IP 10.0.0.5, DHCP']);
    expect(lines('repro attempt: clean VM with the March update → crashes on start.')).toEqual(['Repro attempt: clean VM with the March update → crashes on start']);
    expect(lines('Ran the export on staging → 20k rows. same on the EU tenant → 20k rows too.')).toEqual([
      'Ran the export on staging → 20k rows',
      'Same on the EU tenant → 20k rows',
    ]);
  });

  it('reads "X and there is no Y", and "reproduced it" as an outcome', () => {
    expect(lines("I checked the workspace policies and there's no rule blocking exports.")).toEqual(['Checked the workspace policies → there\'s no rule blocking exports']);
    expect(lines('Opened a test session from our office and reproduced it: frozen video after 20s.')).toEqual([
      'Opened a test session from our office → reproduced it: frozen video after 20s',
    ]);
  });

  it('keeps two verbs joined by "+" as one step', () => {
    expect(lines('cx force-closed + reopened the app -> still blank')).toEqual(['Force-closed + reopened the app → still blank']);
  });

  it('reads the steps of a summary, and a gerund whose predicate says what it brought back', () => {
    expect(lines('To sum up: restarting the hub brought the sensors back online.')).toEqual(['Restarted the hub → brought the sensors back online']);
  });

  it('does not take facts, guesses, records of a change, menu paths or conclusions for steps', () => {
    expect(lines('Likely the token was revoked upstream.')).toEqual([]);
    expect(lines('Updated 2026-01-02 09:14 UTC by the billing service.')).toEqual([]);
    expect(lines('Scanner is a TC52, connected over Wi-Fi, app 4.2.')).toEqual([]);
    expect(lines('→ so the proxy is the culprit.')).toEqual([]);
    expect(lines('Sent Priya the runbook.')).toEqual([]);
    expect(lines('cx changed their password last wk - probably unrelated.')).toEqual([]);
    expect(lines('Happens every night for a week, also on wifi -> not a wifi problem.')).toEqual([]);
    expect(stepsOf(reply('In Settings → Security → Sessions, make sure "Remember me" is on.'))).toEqual([]);
  });

  it('splits no sentence at a parenthesis that closes: "(slot 3/port 7) ->"', () => {
    expect(splitSentences('Checked port peers (slot 3/port 7) -> 2 with errors')).toEqual(['Checked port peers (slot 3/port 7) -> 2 with errors']);
  });
});

describe('sentences', () => {
  it('split at sentence ends, not at abbreviations, versions or ellipses', () => {
    expect(splitSentences('Cleared cache. Same error! Works? e.g. this v2.3.1 build... then more')).toEqual([
      'Cleared cache.',
      'Same error!',
      'Works?',
      'e.g. this v2.3.1 build... then more',
    ]);
  });
});

describe('formatStep', () => {
  it('joins action and result with an arrow, and says when no result is stated', () => {
    const source = { entryId: '1', excerpt: 'x' };
    expect(formatStep({ action: 'Cleared cache', result: 'same error', source })).toBe('Cleared cache → same error');
    expect(formatStep({ action: 'Tried incognito', source })).toBe('Tried incognito → result not stated');
  });
});

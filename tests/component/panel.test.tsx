// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TicketContextSchema } from '@/lib/context';
import { draftKey } from '@/lib/draft';
import { sampleContext } from '../unit/core/sampleContext';
import { renderPanel } from './panelHarness';

const KEY = draftKey('zendesk', 'acme.zendesk.com', '4211');

afterEach(cleanup);

async function openTicket(harness: ReturnType<typeof renderPanel>, context = sampleContext()) {
  await screen.findByRole('button', { name: /Close Handoff/ });
  act(() => harness.bridge.showTicket(context));
  await waitFor(() => expect((screen.getByLabelText(/What's happening/) as HTMLTextAreaElement).disabled).toBe(false));
}

describe('Panel', () => {
  it('shows the ticket it read, pre-fills sections 1, 2 and 4 and leaves 3 and 5 to the agent', async () => {
    const harness = renderPanel();
    await openTicket(harness);
    expect(screen.getByRole('heading', { name: 'SSO login fails after plan change' })).toBeTruthy();
    expect(screen.getByText(/Dana Ito/, { selector: 'dd' })).toBeTruthy();
    expect((screen.getByLabelText(/What's happening/) as HTMLTextAreaElement).value).toContain('SSO login fails');
    expect((screen.getByLabelText(/What's been tried/) as HTMLTextAreaElement).value).toContain('Cleared cookies → same error');
    expect((screen.getByLabelText(/Customer context/) as HTMLTextAreaElement).value).toContain('Plan tier: Enterprise');
    expect((screen.getByLabelText(/Current hypothesis/) as HTMLTextAreaElement).value).toBe('');
    expect(screen.getAllByText('Required: still empty')).toHaveLength(2);
  });

  it('says what it could not read and which values came from the page', async () => {
    const harness = renderPanel();
    await openTicket(
      harness,
      sampleContext({
        sources: { subject: 'dom', timeline: 'dom' },
        missing: [{ field: 'tags', reason: 'no permission to read this (403)' }],
      }),
    );
    expect(screen.getByRole('note', { name: 'Could not read' }).textContent).toContain('tags: no permission to read this (403)');
    expect(screen.getByText(/Read from the page/).textContent).toContain('subject, conversation');
  });

  it('autosaves what the agent types and restores it in a new panel', async () => {
    const harness = renderPanel();
    await openTicket(harness);
    await userEvent.type(screen.getByLabelText(/Current hypothesis/), 'Certificate rotated');
    await waitFor(async () => expect((await harness.db.drafts.get(KEY))?.answers.hypothesis).toBe('Certificate rotated'), {
      timeout: 500,
    });
    cleanup();

    const again = renderPanel({ db: harness.db });
    await openTicket(again);
    expect((screen.getByLabelText(/Current hypothesis/) as HTMLTextAreaElement).value).toBe('Certificate rotated');
    expect(screen.getByText('Draft restored')).toBeTruthy();
  });

  it('saves a pending edit to the old ticket when the agent switches tickets mid-typing', async () => {
    const harness = renderPanel();
    await openTicket(harness);
    await userEvent.type(screen.getByLabelText(/Current hypothesis/), 'half a thought');
    act(() => harness.bridge.showTicket(sampleContext({ ticketId: '5000', subject: 'Other ticket' })));
    await waitFor(async () => expect((await harness.db.drafts.get(KEY))?.answers.hypothesis).toBe('half a thought'));
    await screen.findByRole('heading', { name: 'Other ticket' });
    expect((screen.getByLabelText(/Current hypothesis/) as HTMLTextAreaElement).value).toBe('');
  });

  it('refuses to insert with required sections empty and takes the agent to the first one', async () => {
    const harness = renderPanel();
    await openTicket(harness);
    await userEvent.click(screen.getByRole('button', { name: /^Insert/ }));
    expect(screen.getByRole('alert').textContent).toContain('Current hypothesis, What L2 should verify first');
    expect(document.activeElement).toBe(screen.getByLabelText(/Current hypothesis/));
    expect(harness.bridge.inserts()).toHaveLength(0);
  });

  it('inserts the composed, escaped note and marks the draft inserted', async () => {
    const harness = renderPanel();
    await openTicket(harness, sampleContext({ subject: '<img src=x onerror=alert(1)>' }));
    await userEvent.type(screen.getByLabelText(/Current hypothesis/), 'Cert <b>rotated</b>');
    await userEvent.type(screen.getByLabelText(/verify first/), 'SAML logs for org 88231');
    await userEvent.click(screen.getByRole('button', { name: /^Insert/ }));
    await screen.findByText(/Inserted as an internal note/);
    const [insert] = harness.bridge.inserts();
    expect(insert.html).toContain('Cert &lt;b&gt;rotated&lt;/b&gt;');
    expect(insert.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(insert.text).toContain('CURRENT HYPOTHESIS\nCert <b>rotated</b>');
    await waitFor(async () => expect((await harness.db.drafts.get(KEY))?.insertedAt).toBeTypeOf('number'));
    cleanup();

    // Reopened later, the draft says it was already inserted.
    const again = renderPanel({ db: harness.db });
    await openTicket(again, sampleContext());
    expect(screen.getByText(/Draft restored · inserted /)).toBeTruthy();
  });

  it('puts the note on the clipboard and says so when the editor refuses it', async () => {
    const harness = renderPanel();
    harness.bridge.insertAnswer = { ok: false, reason: 'The Zendesk editor did not accept the note.' };
    await openTicket(harness);
    await userEvent.type(screen.getByLabelText(/Current hypothesis/), 'h');
    await userEvent.type(screen.getByLabelText(/verify first/), 'v');
    await userEvent.click(screen.getByRole('button', { name: /^Insert/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/did not accept the note.*on your clipboard/);
    expect(harness.clipboard[0].text).toContain('CURRENT HYPOTHESIS\nh');
  });

  it('tells the agent when nothing worked, and keeps the text', async () => {
    const harness = renderPanel({ clipboardFails: true });
    harness.bridge.insertAnswer = { ok: false, reason: 'No reply or note editor was found on the page.' };
    await openTicket(harness);
    await userEvent.type(screen.getByLabelText(/Current hypothesis/), 'h');
    await userEvent.type(screen.getByLabelText(/verify first/), 'v');
    await userEvent.click(screen.getByRole('button', { name: /^Insert/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/No reply or note editor.*Copying failed too/);
    expect((screen.getByLabelText(/Current hypothesis/) as HTMLTextAreaElement).value).toBe('h');
  });

  it('shows a storage failure and keeps the text on screen', async () => {
    const failing = {
      get: async () => null,
      put: async () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
    };
    const harness = renderPanel({ drafts: failing });
    await openTicket(harness);
    await userEvent.type(screen.getByLabelText(/Current hypothesis/), 'keep me');
    expect((await screen.findByRole('alert')).textContent).toContain('no storage space left');
    expect((screen.getByLabelText(/Current hypothesis/) as HTMLTextAreaElement).value).toBe('keep me');
  });

  it('renders hostile ticket text as text', async () => {
    const harness = renderPanel();
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const context = TicketContextSchema.parse({
      ...sampleContext(),
      subject: payload,
      requester: { name: payload },
      organization: { name: payload, fields: [] },
    });
    await openTicket(harness, context);
    expect(screen.getByRole('heading', { name: payload })).toBeTruthy();
    expect(document.querySelectorAll('img, script').length).toBe(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('opens and closes with the Handoff toggle and remembers the choice', async () => {
    const harness = renderPanel({ open: false });
    await userEvent.click(await screen.findByRole('button', { name: /Open Handoff/ }));
    expect(harness.savedOpen).toEqual([true]);
    expect(harness.bridge.sent).toContainEqual({ type: 'layout', open: true, side: 'right' });
    await userEvent.click(screen.getByRole('button', { name: /Close Handoff/ }));
    expect(harness.savedOpen).toEqual([true, false]);
    expect(screen.getByRole('button', { name: /Open Handoff/ })).toBeTruthy();
  });

  it('stays open when the agent opens it before the remembered state (closed) arrives', async () => {
    let remembered: (open: boolean) => void = () => undefined;
    const harness = renderPanel({ loadOpen: () => new Promise<boolean>((resolve) => (remembered = resolve)) });
    await userEvent.click(await screen.findByRole('button', { name: 'Open Handoff panel' }));
    await act(async () => remembered(false));
    expect(screen.getByRole('button', { name: 'Close Handoff panel' })).toBeTruthy();
    expect(harness.bridge.sent.at(-1)).toEqual({ type: 'layout', open: true, side: 'right' });
  });

  it('counts words against each section limit', async () => {
    const harness = renderPanel();
    await openTicket(harness);
    const field = screen.getByLabelText(/Current hypothesis/);
    await userEvent.type(field, 'one two three');
    expect(screen.getAllByText('3 / 100 words')).toHaveLength(1);
    act(() => harness.store.getState().edit('hypothesis', 'w '.repeat(101)));
    expect(screen.getByText('101 / 100 words (over the limit)')).toBeTruthy();
  });
});

describe('Panel with the keyboard only', () => {
  it('reaches every field and the Insert button with Tab, and inserts with Enter', async () => {
    const harness = renderPanel({ open: false });
    const user = userEvent.setup();
    await screen.findByRole('button', { name: /Open Handoff/ });
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Open Handoff/ }));
    await user.keyboard('{Enter}');
    await screen.findByRole('button', { name: /Close Handoff/ });
    act(() => harness.bridge.showTicket(sampleContext()));
    await waitFor(() => expect((screen.getByLabelText(/Current hypothesis/) as HTMLTextAreaElement).disabled).toBe(false));

    const labels = [/What's happening/, /What's been tried/, /Current hypothesis/, /Customer context/, /What L2 should verify first/];
    (screen.getByRole('button', { name: /Close Handoff/ }) as HTMLButtonElement).focus();
    for (const label of labels) {
      await user.tab();
      expect(document.activeElement).toBe(screen.getByLabelText(label));
      if (label.source.includes('hypothesis')) await user.keyboard('Typed by keyboard');
      if (label.source.includes('verify')) await user.keyboard('Logs at 14:30 UTC');
    }
    // Then what Baton found (its summary first, then each find and its actions), the preview's
    // summary, and the Insert button.
    await user.tab();
    expect(document.activeElement?.textContent).toMatch(/^Found in the ticket/);
    const insertButton = screen.getByRole('button', { name: /^Insert/ });
    for (let stops = 0; document.activeElement !== insertButton && stops < 60; stops += 1) await user.tab();
    expect(document.activeElement).toBe(insertButton);
    await user.keyboard('{Enter}');
    await screen.findByText(/Inserted as an internal note/);
    expect(harness.bridge.inserts()[0].text).toContain('CURRENT HYPOTHESIS\nTyped by keyboard');
  });
});

describe('Panel never loses what the agent typed', () => {
  it('keeps text typed before the ticket context arrived, and pre-fills only the untouched sections', async () => {
    const harness = renderPanel();
    await screen.findByRole('button', { name: /Close Handoff/ });
    act(() =>
      harness.bridge.push({ type: 'ticket', state: 'loading', helpdesk: 'zendesk', helpdeskLabel: 'Zendesk', noteFormat: 'html', host: 'acme.zendesk.com', ticketId: '4211' }),
    );
    await waitFor(() => expect((screen.getByLabelText(/Current hypothesis/) as HTMLTextAreaElement).disabled).toBe(false));
    await userEvent.type(screen.getByLabelText(/Current hypothesis/), 'typed early');
    await userEvent.type(screen.getByLabelText(/What's happening/), 'my own summary');
    act(() => harness.bridge.showTicket(sampleContext()));
    await screen.findByRole('heading', { name: 'SSO login fails after plan change' });
    expect((screen.getByLabelText(/Current hypothesis/) as HTMLTextAreaElement).value).toBe('typed early');
    expect((screen.getByLabelText(/What's happening/) as HTMLTextAreaElement).value).toBe('my own summary');
    expect((screen.getByLabelText(/Customer context/) as HTMLTextAreaElement).value).toContain('Plan tier: Enterprise');
    await waitFor(async () => expect((await harness.db.drafts.get(KEY))?.answers.hypothesis).toBe('typed early'));
  });

  it('keeps text whose save failed when the agent switches tickets, and shows it again on return', async () => {
    let failing = true;
    const stored = new Map<string, unknown>();
    const flaky = {
      get: async (key: string) => (stored.get(key) as never) ?? null,
      put: async (draft: { key: string }) => {
        if (failing) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        stored.set(draft.key, draft);
      },
    };
    const harness = renderPanel({ drafts: flaky });
    await openTicket(harness);
    await userEvent.type(screen.getByLabelText(/Current hypothesis/), 'precious');
    act(() => harness.bridge.showTicket(sampleContext({ ticketId: '5000', subject: 'Other ticket' })));
    await screen.findByRole('heading', { name: 'Other ticket' });
    failing = false;
    act(() => harness.bridge.showTicket(sampleContext()));
    await waitFor(() => expect((screen.getByLabelText(/Current hypothesis/) as HTMLTextAreaElement).value).toBe('precious'));
    // Storage works again: the kept text is written without another keystroke.
    await waitFor(() => expect((stored.get(KEY) as { answers: Record<string, string> } | undefined)?.answers.hypothesis).toBe('precious'));
  });

  it('sends the ticket the note was written for, so the page can refuse it for another ticket', async () => {
    const harness = renderPanel();
    await openTicket(harness);
    await userEvent.type(screen.getByLabelText(/Current hypothesis/), 'h');
    await userEvent.type(screen.getByLabelText(/verify first/), 'v');
    await userEvent.click(screen.getByRole('button', { name: /^Insert/ }));
    await screen.findByText(/Inserted/);
    expect(harness.bridge.inserts()[0].ticketId).toBe('4211');
  });
});

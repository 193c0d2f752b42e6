// Page drift, with the built extension in real Chromium: each helpdesk's page as a UI change
// would leave it (tests/support/routes/drift.ts, served with ?drift=…). Baton shows the partial
// context and names what it could not read; when it cannot put the note in safely (no composer,
// no internal-note control, an editor that ignores synthetic input) it says why and puts the
// note on the clipboard (read back here through the page's clipboard permission), never into a
// reply or a ticket field; and nothing throws. Adapter-level counterpart:
// tests/unit/reliability/pageDrift.test.ts.
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { countOf, fillAgentSections } from './panelDriver';
import {
  FRESHDESK,
  type FixtureHelpdesk,
  HELPDESKS,
  JIRA,
  ZENDESK,
  limiter,
  openTicket,
  readPanel,
  useReliabilitySession,
} from './reliabilityKit';

const session = useReliabilitySession();
const pages = limiter(2);
/** The clipboard is one per browser: one insert-and-read-back at a time. */
const clipboard = limiter(1);

const account = (helpdesk: FixtureHelpdesk, variant: string) => helpdesk.host(`drift-${variant}`);

/** Field names as the panel lists them. */
const PANEL_NAME: Record<string, string> = { subject: 'subject', requester: 'requester' };

beforeAll(async () => {
  // Reading drift is only visible when the page is the only source: the API answers 500 there.
  session.server.setApiMode(
    'ok',
    HELPDESKS.map((helpdesk) => ({ host: account(helpdesk, 'read'), mode: 'status:500' as const })),
  );
  const hosts = HELPDESKS.flatMap((helpdesk) => ['read', 'no-composer', 'no-note-toggle', 'inert-editor'].map((variant) => account(helpdesk, variant)));
  for (const host of hosts) {
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `https://${host}` });
  }
});

interface InsertOutcome {
  alert: string;
  inserted: boolean;
  clipboard: string;
  editor: string;
}

/**
 * The agent writes the two sections and presses Insert; returns what the panel said, what the
 * clipboard holds, and what the helpdesk's own editor holds half a second later (an editor that
 * re-renders from its model would have dropped a note it never accepted by then).
 */
async function insertAndReadBack(page: Page, panel: Frame, helpdesk: FixtureHelpdesk, hypothesis: string): Promise<InsertOutcome> {
  await fillAgentSections(panel, hypothesis, 'Check the sign-in logs first');
  return clipboard(async () => {
    await page.bringToFront();
    await page.evaluate(() => navigator.clipboard.writeText('clipboard before the insert'));
    await panel.getByRole('button', { name: /^Insert/ }).click();
    const status = panel.locator('.insert-status:not(:empty)');
    await status.waitFor();
    await panel.waitForFunction(() => !/Inserting/.test(document.querySelector('.insert-status')?.textContent ?? ''));
    const alert = (await status.textContent()) ?? '';
    await page.waitForTimeout(500);
    await page.bringToFront();
    return {
      alert,
      inserted: /^Inserted/.test(alert),
      clipboard: await page.evaluate(() => navigator.clipboard.readText()),
      editor: await helpdesk.editorText(page),
    };
  });
}

async function visit<T>(helpdesk: FixtureHelpdesk, variant: string, query: string, work: (page: Page, panel: Frame) => Promise<T>): Promise<T> {
  return pages(async () => {
    // Not while another test is between its insert and its clipboard read: a page opening may take focus.
    const { page, panel } = await clipboard(() => openTicket(session, helpdesk, account(helpdesk, variant), query));
    try {
      return await work(page, panel);
    } finally {
      await page.close();
    }
  });
}

describe.concurrent('page drift', () => {
  for (const helpdesk of HELPDESKS) {
    it(`${helpdesk.name}: subject and requester renamed — partial context, each gap named, still usable`, async ({ expect }) => {
      await visit(helpdesk, 'read', '?drift=no-subject,no-requester', async (page, panel) => {
        const reading = await readPanel(panel);
        // No subject to show: the panel names the ticket instead of inventing one.
        expect(reading.heading).toMatch(new RegExp(`^Ticket #${helpdesk.ticketId}$`));
        const missing = reading.couldNotRead.map((item) => item.split(':')[0]);
        for (const field of ['subject', 'requester']) expect(missing).toContain(PANEL_NAME[field]);
        for (const item of reading.couldNotRead) expect(item).toMatch(/^[a-z ]+: .+/);
        // The rest still comes from the page, and says so.
        expect(reading.fromPage).toMatch(/conversation/);
        expect(reading.fromPage).not.toMatch(/subject|requester/);
        expect(await panel.getByText('Requester', { exact: true }).count()).toBe(0);

        const hypothesis = `${helpdesk.name} drift: still writes`;
        const outcome = await insertAndReadBack(page, panel, helpdesk, hypothesis);
        expect(outcome.alert).toMatch(/^Inserted as an internal note/);
        expect(countOf(outcome.editor, hypothesis)).toBe(1);
      });
    });
  }

  it('zendesk: composer missing — no editor, the note on the clipboard, the multi-line ticket field untouched', async ({ expect }) => {
    await visit(ZENDESK, 'no-composer', '?drift=no-composer', async (page, panel) => {
      const field = page.locator('[data-test-id="ticket-form-field-textarea-field-360009999"] textarea').first();
      const before = await field.inputValue();
      const hypothesis = 'zendesk without a composer';
      const outcome = await insertAndReadBack(page, panel, ZENDESK, hypothesis);
      expect(outcome.inserted).toBe(false);
      expect(outcome.alert).toMatch(/No reply or note editor was found on the page\..*on your clipboard/s);
      expect(outcome.clipboard).toContain(`CURRENT HYPOTHESIS\n${hypothesis}`);
      // Never into a ticket field instead.
      expect(await field.inputValue()).toBe(before);
    });
  });

  it('zendesk: internal-note switch missing — refused with the reason, nothing in the (public) editor, the note on the clipboard', async ({ expect }) => {
    await visit(ZENDESK, 'no-note-toggle', '?drift=no-note-toggle', async (page, panel) => {
      const hypothesis = 'zendesk without the note switch';
      const outcome = await insertAndReadBack(page, panel, ZENDESK, hypothesis);
      expect(outcome.alert).toMatch(/could not switch the Zendesk composer to an internal note, so it did not insert\..*on your clipboard/s);
      expect(countOf(outcome.editor, hypothesis)).toBe(0);
      expect(outcome.clipboard).toContain(`CURRENT HYPOTHESIS\n${hypothesis}`);
    });
  });

  it('freshdesk: composer missing — refused with the reason, the note on the clipboard', async ({ expect }) => {
    await visit(FRESHDESK, 'no-composer', '?drift=no-composer', async (page, panel) => {
      const hypothesis = 'freshdesk without a composer';
      const outcome = await insertAndReadBack(page, panel, FRESHDESK, hypothesis);
      expect(outcome.alert).toMatch(/could not switch the Freshdesk composer to an internal note, so it did not insert\..*on your clipboard/s);
      expect(outcome.clipboard).toContain(`CURRENT HYPOTHESIS\n${hypothesis}`);
    });
  });

  it('freshdesk: "Add note" missing — refused, the reply editor never opened, the note on the clipboard', async ({ expect }) => {
    await visit(FRESHDESK, 'no-note-toggle', '?drift=no-note-toggle', async (page, panel) => {
      const hypothesis = 'freshdesk without Add note';
      const outcome = await insertAndReadBack(page, panel, FRESHDESK, hypothesis);
      expect(outcome.alert).toMatch(/could not switch the Freshdesk composer to an internal note, so it did not insert\..*on your clipboard/s);
      expect(await page.locator('#ember5100 .ticket-editor:not([hidden])').count()).toBe(0);
      expect(countOf(outcome.editor, hypothesis)).toBe(0);
      expect(outcome.clipboard).toContain(`CURRENT HYPOTHESIS\n${hypothesis}`);
    });
  });

  it('jira: add-comment area missing — refused with the reason, the note on the clipboard', async ({ expect }) => {
    await visit(JIRA, 'no-composer', '?drift=no-composer', async (page, panel) => {
      const hypothesis = 'jira without a composer';
      const outcome = await insertAndReadBack(page, panel, JIRA, hypothesis);
      expect(outcome.alert).toMatch(/could not switch the Jira composer to an internal note, so it did not insert\..*on your clipboard/s);
      expect(outcome.clipboard).toContain(`CURRENT HYPOTHESIS\n${hypothesis}`);
    });
  });

  it('jira: "Add internal note" missing — refused, "Reply to customer" never chosen, the note on the clipboard', async ({ expect }) => {
    await visit(JIRA, 'no-note-toggle', '?drift=no-note-toggle', async (page, panel) => {
      const hypothesis = 'jira without the internal note control';
      const outcome = await insertAndReadBack(page, panel, JIRA, hypothesis);
      expect(outcome.alert).toMatch(/could not switch the Jira composer to an internal note, so it did not insert\..*on your clipboard/s);
      const composer = page.locator('[data-fixture-issue-view="SUP-4211"] [data-testid="issue.activity.comment"]');
      expect(await composer.getAttribute('data-fixture-mode')).toBe('');
      expect(countOf(outcome.editor, hypothesis)).toBe(0);
      expect(outcome.clipboard).toContain(`CURRENT HYPOTHESIS\n${hypothesis}`);
    });
  });

  for (const helpdesk of HELPDESKS) {
    it(`${helpdesk.name}: an editor that ignores synthetic input — the panel's word matches the editor's model, else the clipboard`, async ({ expect }) => {
      await visit(helpdesk, 'inert-editor', '?drift=inert-editor', async (page, panel) => {
        const hypothesis = `${helpdesk.name} inert editor`;
        const outcome = await insertAndReadBack(page, panel, helpdesk, hypothesis);
        // The page really ignored Baton's synthetic events (the drift is in force).
        const swallowed = await page.evaluate(() => (window as any).__batonDrift?.swallowed as string[] | undefined);
        expect(swallowed).toContain('paste');
        if (outcome.inserted) {
          // Accepted another way (the browser's own editing command): then it is in the editor's
          // own model, exactly once, and still there after a re-render.
          expect(countOf(outcome.editor, hypothesis)).toBe(1);
          expect(await panel.locator('[data-strategy]').getAttribute('data-strategy')).toBe('execCommand');
        } else {
          expect(outcome.alert).toMatch(/did not accept the note \(tried: .*\)\..*on your clipboard/s);
          expect(countOf(outcome.editor, hypothesis)).toBe(0);
          expect(outcome.clipboard).toContain(`CURRENT HYPOTHESIS\n${hypothesis}`);
        }
      });
    });
  }
});

describe('an editor that re-renders from its own model', () => {
  it('zendesk: a note the editor drops at its next render is not reported as inserted; it goes to the clipboard', async () => {
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `https://${account(ZENDESK, 'rerendering')}` });
    await visit(ZENDESK, 'rerendering', '?drift=rerendering-editor', async (page, panel) => {
      const hypothesis = 'zendesk framework editor';
      const outcome = await insertAndReadBack(page, panel, ZENDESK, hypothesis);
      // The editor did undo a change it never accepted (the drift is in force) …
      expect(await page.evaluate(() => (window as any).__batonDrift.rerendered as number)).toBeGreaterThan(0);
      // … so the note is not in it, and the panel must not say it is.
      expect(countOf(outcome.editor, hypothesis)).toBe(0);
      expect(outcome.alert).toMatch(/did not accept the note \(tried: .*execCommand\)\..*on your clipboard/s);
      expect(outcome.clipboard).toContain(`CURRENT HYPOTHESIS\n${hypothesis}`);
    });
  });
});

describe('after the drift', () => {
  it('no uncaught errors, no errors logged by the extension, no dialogs', () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.dialogs).toEqual([]);
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findComposer, switchToInternalNote } from '../../../lib/adapters/zendesk/composer';
import { agentTicketPage } from './fakeZendesk';

const SWITCHER = '[data-test-id="omnichannel-channel-switcher-button"]';

/**
 * Mimics Zendesk's React channel switcher on the static fixture: a click renders the menu into
 * <body> after `delayMs`; choosing "Internal note" flips the button's data-channel.
 */
function wireSwitcher(doc: Document, opts: { delayMs?: number; withTestIds?: boolean; applies?: boolean } = {}) {
  const { delayMs = 150, withTestIds = true, applies = true } = opts;
  const clicks: string[] = [];
  for (const button of doc.querySelectorAll<HTMLElement>(SWITCHER)) {
    button.addEventListener('click', () => {
      clicks.push('switcher');
      setTimeout(() => {
        const menu = doc.createElement('ul');
        menu.setAttribute('role', 'menu');
        for (const [channel, label] of [['web', 'Public reply'], ['internal', 'Internal note']] as const) {
          const item = doc.createElement('li');
          item.setAttribute('role', 'menuitemradio');
          if (withTestIds) item.setAttribute('data-test-id', `omnichannel-channel-switcher-menuitem-${channel}`);
          item.textContent = label;
          item.addEventListener('click', () => {
            clicks.push(channel);
            if (applies) {
              button.setAttribute('data-channel', channel);
              button.setAttribute('aria-label', label);
            }
            menu.remove();
          });
          menu.append(item);
        }
        doc.body.append(menu);
      }, delayMs);
    });
  }
  return clicks;
}

const visibleSwitcher = (doc: Document) => doc.querySelector<HTMLElement>(`#main_panes .workspace:not(.is-cached) ${SWITCHER}`)!;

describe('findComposer', () => {
  it("returns the visible workspace's CKEditor editable", () => {
    const doc = agentTicketPage().window.document;
    const composer = findComposer(doc);
    expect(composer?.getAttribute('data-test-id')).toBe('omnicomposer-rich-text-ckeditor');
    expect(composer?.closest('.workspace')?.id).toBe('ember4211');
  });

  it('follows the active tab', () => {
    const doc = agentTicketPage().window.document;
    doc.getElementById('ember4211')!.classList.add('is-cached');
    doc.getElementById('ember4212')!.classList.remove('is-cached');
    expect(findComposer(doc)?.textContent).toBe('Draft reply to Jonas');
  });

  it('falls back to the editable next to the channel switcher, never a sidebar textarea', () => {
    const doc = agentTicketPage().window.document;
    const editable = doc.querySelector('#ember4211 [data-test-id="omnicomposer-rich-text-ckeditor"]')!;
    editable.removeAttribute('data-test-id');
    editable.className = 'zendesk-editor--rich-text-comment';
    expect(findComposer(doc)).toBe(editable);
  });

  it('returns null when no ticket workspace is visible', () => {
    const doc = agentTicketPage().window.document;
    doc.getElementById('ember4211')!.classList.add('is-cached');
    expect(findComposer(doc)).toBeNull();
  });
});

describe('switchToInternalNote', () => {
  it("opens Zendesk's channel menu, picks Internal note and confirms the mode", async () => {
    const doc = agentTicketPage().window.document;
    const clicks = wireSwitcher(doc);
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    expect(clicks).toEqual(['switcher', 'internal']);
    expect(visibleSwitcher(doc).getAttribute('data-channel')).toBe('internal');
    // The hidden ticket's composer is untouched.
    expect(doc.querySelector(`#ember4212 ${SWITCHER}`)!.getAttribute('data-channel')).toBe('web');
  });

  it('does nothing when the composer is already an internal note', async () => {
    const doc = agentTicketPage().window.document;
    const clicks = wireSwitcher(doc);
    visibleSwitcher(doc).setAttribute('data-channel', 'internal');
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    expect(clicks).toEqual([]);
  });

  it('finds the menu item by its label when the test id is gone', async () => {
    const doc = agentTicketPage().window.document;
    wireSwitcher(doc, { withTestIds: false });
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
  });

  it('gives up within about a second when no menu appears', async () => {
    const doc = agentTicketPage().window.document;
    const started = Date.now();
    await expect(switchToInternalNote(doc)).resolves.toBe(false);
    expect(Date.now() - started).toBeLessThan(1600);
  });

  it('resolves false when the click does not change the mode', async () => {
    const doc = agentTicketPage().window.document;
    const clicks = wireSwitcher(doc, { applies: false });
    await expect(switchToInternalNote(doc)).resolves.toBe(false);
    expect(clicks).toEqual(['switcher', 'internal']);
  });

  it('resolves false without a channel switcher', async () => {
    const doc = agentTicketPage().window.document;
    doc.querySelectorAll(SWITCHER).forEach((el) => el.remove());
    await expect(switchToInternalNote(doc)).resolves.toBe(false);
  });
});

// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findComposer, switchToInternalNote } from '../../../lib/adapters/jira/composer';
import { ORIGIN, issueViewPage } from './fakeJira';

const AREA = '[data-testid="issue.activity.comment"]';

function buttonNamed(doc: Document, name: string): HTMLElement {
  return [...doc.querySelectorAll<HTMLElement>(`${AREA} button`)].find((b) => b.textContent?.trim() === name)!;
}

/**
 * Mimics Jira Service Management's composer on the static page: a click on either collapsed
 * button renders, after `delayMs` (the editor's code loads on first open), the mode tabs and a
 * ProseMirror-like editable. `opensAs` forces the mode the editor opens in.
 */
function wireComposer(doc: Document, opts: { delayMs?: number; opensAs?: 'internal' | 'public' } = {}) {
  const clicks: string[] = [];
  const area = doc.querySelector<HTMLElement>(AREA)!;
  const open = (mode: 'internal' | 'public') => {
    setTimeout(() => {
      area.replaceChildren();
      const tabs = doc.createElement('div');
      tabs.setAttribute('role', 'tablist');
      for (const [m, label] of [['internal', 'Add internal note'], ['public', 'Reply to customer']] as const) {
        const tab = doc.createElement('button');
        tab.setAttribute('role', 'tab');
        tab.setAttribute('aria-selected', String(m === mode));
        tab.textContent = label;
        tab.addEventListener('click', () => {
          clicks.push(`tab:${m}`);
          for (const t of tabs.children) t.setAttribute('aria-selected', String(t === tab));
        });
        tabs.append(tab);
      }
      const editor = doc.createElement('div');
      editor.className = 'ProseMirror';
      editor.id = 'ak-editor-textarea';
      editor.setAttribute('contenteditable', 'true');
      area.append(tabs, editor);
    }, opts.delayMs ?? 120);
  };
  buttonNamed(doc, 'Add internal note').addEventListener('click', () => {
    clicks.push('internal');
    open(opts.opensAs ?? 'internal');
  });
  buttonNamed(doc, 'Reply to customer').addEventListener('click', () => {
    clicks.push('public');
    open(opts.opensAs ?? 'public');
  });
  return clicks;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('findComposer', () => {
  it('returns null while the composer is collapsed (only mode buttons, no editor yet)', () => {
    expect(findComposer(issueViewPage().window.document)).toBeNull();
  });

  it("returns the open ProseMirror editor of the issue in the URL (the modal's, not the board's)", async () => {
    const doc = issueViewPage().window.document;
    wireComposer(doc, { delayMs: 0 });
    buttonNamed(doc, 'Add internal note').click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const editor = findComposer(doc);
    expect(editor?.id).toBe('ak-editor-textarea');
    expect(editor?.closest('[role="dialog"]')).not.toBeNull();
  });

  it('returns null when the URL names an issue that is not open', () => {
    const doc = issueViewPage(`${ORIGIN}/jira/software/c/projects/SUP/boards/12?selectedIssue=SUP-4212`).window.document;
    expect(findComposer(doc)).toBeNull();
  });
});

describe('switchToInternalNote on Service Management', () => {
  it('clicks "Add internal note", never "Reply to customer", and waits for the internal editor', async () => {
    const doc = issueViewPage().window.document;
    const clicks = wireComposer(doc);
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    expect(clicks).toEqual(['internal']);
    expect(doc.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('Add internal note');
  });

  it('selects the internal-note tab when the editor is open as a reply to the customer', async () => {
    const doc = issueViewPage().window.document;
    const clicks = wireComposer(doc, { delayMs: 0 });
    buttonNamed(doc, 'Reply to customer').click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    expect(clicks).toEqual(['public', 'tab:internal']);
  });

  it('does nothing when the internal note is already open', async () => {
    const doc = issueViewPage().window.document;
    const clicks = wireComposer(doc, { delayMs: 0 });
    buttonNamed(doc, 'Add internal note').click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    expect(clicks).toEqual(['internal']);
  });

  it('resolves false when the editor opens as a reply to the customer anyway', async () => {
    vi.useFakeTimers();
    const doc = issueViewPage().window.document;
    wireComposer(doc, { opensAs: 'public' });
    const done = switchToInternalNote(doc);
    await vi.advanceTimersByTimeAsync(5000);
    await expect(done).resolves.toBe(false);
    // Baton does not fight the editor: it leaves the mode alone and refuses to insert.
    expect(doc.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('Reply to customer');
  });

  it('gives up (false) within a few seconds when nothing opens', async () => {
    vi.useFakeTimers();
    const doc = issueViewPage().window.document;
    const done = switchToInternalNote(doc);
    await vi.advanceTimersByTimeAsync(4100);
    await expect(done).resolves.toBe(false);
  });

  it('never guesses when the service composer has controls it does not recognise', async () => {
    const doc = issueViewPage().window.document;
    let clicked = 0;
    for (const button of doc.querySelectorAll<HTMLElement>(`${AREA} button`)) {
      button.textContent = button.textContent === 'Add internal note' ? 'Comment for team' : 'Share with customer';
      button.addEventListener('click', () => (clicked += 1));
    }
    await expect(switchToInternalNote(doc)).resolves.toBe(false);
    expect(clicked).toBe(0);
  });

  it('resolves false without a composer', async () => {
    const doc = issueViewPage().window.document;
    doc.querySelector(AREA)!.remove();
    await expect(switchToInternalNote(doc)).resolves.toBe(false);
  });
});

describe('switchToInternalNote on Jira Software (no customer channel)', () => {
  /** The Software issue view's collapsed composer: one "Add a comment…" placeholder. */
  function softwarePage(opts: { extraControl?: string } = {}) {
    const doc = issueViewPage(`${ORIGIN}/jira/software/c/projects/SUP/boards/12?selectedIssue=SUP-4211`).window.document;
    const area = doc.querySelector<HTMLElement>(AREA)!;
    const placeholder = doc.createElement('button');
    placeholder.setAttribute('data-testid', 'canned-comments.common.ui.comment-text-area-placeholder.textarea');
    placeholder.textContent = 'Add a comment…';
    area.replaceChildren(placeholder);
    if (opts.extraControl) {
      const extra = doc.createElement('button');
      extra.textContent = opts.extraControl;
      area.append(extra);
    }
    let clicks = 0;
    placeholder.addEventListener('click', () => {
      clicks += 1;
      setTimeout(() => {
        const editor = doc.createElement('div');
        editor.className = 'ProseMirror';
        editor.setAttribute('contenteditable', 'true');
        // What the agent types never decides the mode.
        editor.textContent = 'the customer said…';
        area.replaceChildren(editor);
      }, 100);
    });
    return { doc, clicks: () => clicks };
  }

  it('opens the comment editor from its placeholder', async () => {
    const { doc, clicks } = softwarePage();
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    expect(clicks()).toBe(1);
    expect(findComposer(doc)?.classList.contains('ProseMirror')).toBe(true);
    // Already open: nothing more to click.
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    expect(clicks()).toBe(1);
  });

  it('refuses when a customer-facing control is there after all', async () => {
    const { doc, clicks } = softwarePage({ extraControl: 'Share with customer' });
    await expect(switchToInternalNote(doc)).resolves.toBe(false);
    expect(clicks()).toBe(0);
  });

  it('refuses on a service-management URL even without recognisable controls', async () => {
    const doc = issueViewPage(`${ORIGIN}/jira/servicedesk/projects/SUP/queues/custom/1/SUP-4211`).window.document;
    // The committed page is a modal; on a queue URL the same view is the issue shown.
    const area = doc.querySelector<HTMLElement>(AREA)!;
    const placeholder = doc.createElement('button');
    placeholder.setAttribute('data-testid', 'canned-comments.common.ui.comment-text-area-placeholder.textarea');
    area.replaceChildren(placeholder);
    await expect(switchToInternalNote(doc)).resolves.toBe(false);
  });
});

// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { freshdeskAdapter } from '../../../lib/adapters/freshdesk';
import { readFreshdeskApi, resetFreshdeskFieldCache } from '../../../lib/adapters/freshdesk/api';
import { findComposer, isNoteEditorOpen, switchToInternalNote } from '../../../lib/adapters/freshdesk/composer';
import { readFreshdeskDom } from '../../../lib/adapters/freshdesk/dom';
import { FRESHDESK_SELECTORS as S } from '../../../lib/adapters/freshdesk/selectors';
import { ticketRefFor } from '../../../lib/adapters/ticketRef';
import type { TimelineEntry } from '../../../lib/context';
import {
  FRESHDESK_PAGE_SCRIPT_PATH,
  FROALA_SCRIPT_PATHS,
  esc,
  freshdeskPageScript,
  loadFreshdeskBundles,
  renderFreshdeskPage,
} from '../../fixtures/freshdesk/renderPage';
import { API_FIXTURES, JSDOM, type JsdomOptions, ORIGIN, agentTicketPage, fakeFreshdesk } from './fakeFreshdesk';

const bundles = loadFreshdeskBundles(API_FIXTURES);
const ref = (id: string) => ticketRefFor(freshdeskAdapter, `${ORIGIN}/a/tickets/${id}`)!;
const page = (activeId: string, options: JsdomOptions = {}) =>
  new JSDOM(renderFreshdeskPage(bundles, activeId), { url: `${ORIGIN}/a/tickets/${activeId}`, ...options });

/** What a reader sees of a timeline entry regardless of source (ids and sizes differ by design). */
const shape = (e: TimelineEntry) => ({
  author: e.author,
  authorRole: e.authorRole,
  visibility: e.visibility,
  at: e.at,
  text: e.text,
  attachments: e.attachments.map((a) => a.name),
});

beforeEach(() => resetFreshdeskFieldCache());

describe('loadFreshdeskBundles', () => {
  it('loads every recorded ticket with the account fields', () => {
    expect(bundles.map((b) => b.id).sort()).toEqual(['5100', '5666']);
    expect(bundles.find((b) => b.id === '5100')!.conversations.conversations).toHaveLength(5);
    expect(bundles[0]!.fields.some((f) => f.name === 'status')).toBe(true);
  });
});

describe('renderFreshdeskPage read back by the DOM reader', () => {
  it.each(['5100', '5666'])('ticket %s: the DOM read equals the API read', async (id) => {
    const api = await readFreshdeskApi(ref(id), { ...fakeFreshdesk(), signal: new AbortController().signal });
    const dom = readFreshdeskDom(ref(id), page(id).window.document);
    expect(dom.values.subject).toBe(api.values.subject);
    expect(dom.values.status).toBe(api.values.status);
    expect(dom.values.priority).toBe(api.values.priority);
    expect(dom.values.requester).toEqual(api.values.requester);
    expect(dom.values.organization?.name).toBe(api.values.organization?.name);
    expect(dom.values.tags).toEqual(api.values.tags);
    expect(dom.values.customFields).toEqual(api.values.customFields);
    expect(dom.values.timeline!.map(shape)).toEqual(api.values.timeline!.map(shape));
  });

  it('shows only the active ticket', () => {
    const doc = page('5666').window.document;
    expect(readFreshdeskDom(ref('5100'), doc).values).toEqual({});
    expect(readFreshdeskDom(ref('5666'), doc).values.subject).toContain('Invoice question');
  });

  it('has the structure of agent-ticket.html for every selector the DOM reader and composer use', () => {
    const rendered = page('5100').window.document.getElementById('ember5100')!;
    const recorded = agentTicketPage().window.document.getElementById('ember5100')!;
    // Froala's editable exists only once the page script mounted Froala (tested below).
    const notElements = ['editorTypeAttribute', 'noteType', 'customPropertyPrefix', 'selectedTab', 'froalaEditable'];
    const selectors = Object.entries(S).filter(([key, value]) => typeof value === 'string' && !notElements.includes(key));
    expect(selectors.length).toBeGreaterThan(20);
    const has = (root: Element, selector: string) => root.matches(selector) || root.querySelector(selector) !== null;
    for (const [key, selector] of selectors) {
      expect([key, has(recorded, selector as string)]).toEqual([key, true]);
      expect([key, has(rendered, selector as string)]).toEqual([key, true]);
    }
    for (const name of ['status', 'priority', 'tags']) {
      expect([name, recorded.querySelector(S.propertyField(name)) !== null, rendered.querySelector(S.propertyField(name)) !== null]).toEqual([name, true, true]);
    }
  });
});

describe('renderFreshdeskPage escaping (hostile ticket 5666)', () => {
  const doc = page('5666').window.document;
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc']);

  it('creates no element, handler or URL from ticket data', () => {
    const scripts = [...doc.querySelectorAll('script')].map((s) => s.getAttribute('src'));
    expect(scripts).toEqual([...FROALA_SCRIPT_PATHS, FRESHDESK_PAGE_SCRIPT_PATH]);
    expect(doc.querySelectorAll('img, svg, iframe, style, object, embed')).toHaveLength(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
        if (URL_ATTRIBUTES.has(attr.name)) expect(attr.value.trim().toLowerCase().startsWith('javascript:'), `${el.tagName} ${attr.name}`).toBe(false);
      }
    }
  });

  it('shows every payload as text', () => {
    const text = doc.body.textContent!;
    for (const where of ['subject', 'description', 'description_link', 'requester', 'company', 'tag', 'custom_field', 'conversation1', 'note', 'author', 'attachment', 'attachment2']) {
      expect(text).toContain(`/__pwned?f=${where}'`);
    }
    // Input values hold their payloads as values, not markup.
    const environment = doc.querySelector('#ember5666 [data-test-id="ticket-properties-field-cf_environment"] input') as HTMLInputElement;
    expect(environment.value).toBe(`javascript:fetch('/__pwned?f=js_url')`);
    // The HTML bodies' own payloads are never on the page.
    expect(doc.documentElement.outerHTML).not.toContain('html_');
  });

  it('esc covers text and both attribute quote styles', () => {
    expect(esc(`<a href='x' title="y">&`)).toBe('&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;');
    expect(esc(null)).toBe('');
  });
});

type FakeFroala = { el: Element; mount: Element; html: { get(): string } };

/**
 * Runs the served page script in jsdom with a stand-in for Froala's global: it builds Froala's
 * markup (`.fr-box > .fr-wrapper > .fr-element.fr-view[contenteditable]`) and fires
 * `initialized` with itself as `this`, as Froala does.
 */
function livePage(activeId: string) {
  const dom = page(activeId, { runScripts: 'outside-only', pretendToBeVisual: true });
  const window = dom.window as typeof dom.window & { __editors: Record<string, FakeFroala>; FroalaEditor: unknown };
  const created: string[] = [];
  window.FroalaEditor = function FroalaEditor(this: FakeFroala, mount: Element, options: { events: { initialized(this: FakeFroala): void } }) {
    created.push(mount.closest('.ticket-details-page')!.id);
    mount.classList.add('fr-box', 'fr-basic');
    const wrapper = window.document.createElement('div');
    wrapper.className = 'fr-wrapper';
    const el = window.document.createElement('div');
    el.className = 'fr-element fr-view';
    el.setAttribute('contenteditable', 'true');
    wrapper.append(el);
    mount.append(wrapper);
    this.el = el;
    this.mount = mount;
    this.html = { get: () => el.innerHTML };
    options.events.initialized.call(this);
  };
  window.eval(freshdeskPageScript);
  return { window, doc: window.document, created };
}

const click = (doc: Document, selector: string) => doc.querySelector<HTMLElement>(selector)!.click();
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('freshdeskPageScript', () => {
  it('starts with the composer closed; "Add note" opens the note editor after a render delay and mounts Froala', async () => {
    const { window, doc, created } = livePage('5100');
    expect(findComposer(doc)?.classList.contains('reply-bar-wrapper')).toBe(true);
    expect(created).toEqual([]);
    click(doc, '#ember5100 .reply-bar [data-test-id="ticket-action-note"]');
    expect(isNoteEditorOpen(doc)).toBe(false);
    await wait(200);
    expect(isNoteEditorOpen(doc)).toBe(true);
    expect(created).toEqual(['ember5100']);
    const editor = window.__editors['5100']!;
    expect(findComposer(doc)).toBe(editor.el);
    expect(doc.querySelector('#ember5100 [data-test-id="submit"]')!.textContent).toBe('Add note');
  });

  it('"Reply" opens the reply editor, which switchToInternalNote turns into a note through the Note tab', async () => {
    const { doc } = livePage('5100');
    click(doc, '#ember5100 .reply-bar [data-test-id="ticket-action-reply"]');
    await wait(200);
    const editorPanel = doc.querySelector('#ember5100 .ticket-editor')!;
    expect(editorPanel.getAttribute('data-editor-type')).toBe('reply');
    expect(isNoteEditorOpen(doc)).toBe(false);
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    expect(editorPanel.getAttribute('data-editor-type')).toBe('note');
    expect(doc.querySelector('#ember5100 .ticket-actions-list [data-test-id="ticket-action-note"]')!.getAttribute('aria-selected')).toBe('true');
  });

  it('switchToInternalNote opens the note editor from the closed composer', async () => {
    const { window, doc } = livePage('5100');
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    expect(findComposer(doc)).toBe(window.__editors['5100']!.el);
  });

  it('switches tickets through the tabs with pushState and mounts editors per ticket, lazily', async () => {
    const { window, doc, created } = livePage('5100');
    click(doc, 'a.ticket-tab[data-ticket-id="5666"]');
    expect(window.location.pathname).toBe('/a/tickets/5666');
    expect(readFreshdeskDom(ref('5100'), doc).values).toEqual({});
    expect(readFreshdeskDom(ref('5666'), doc).values.subject).toContain('Invoice question');
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    expect(created).toEqual(['ember5666']);

    window.history.back();
    await wait(50);
    expect(window.location.pathname).toBe('/a/tickets/5100');
    expect(readFreshdeskDom(ref('5100'), doc).values.subject).toBe('Webhook deliveries fail with 401 since API key rotation');
    // 5100's composer is still closed: each ticket has its own.
    expect(isNoteEditorOpen(doc)).toBe(false);
  });
});

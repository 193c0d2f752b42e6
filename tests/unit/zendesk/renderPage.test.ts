// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { readZendeskApi, resetZendeskFieldCache } from '../../../lib/adapters/zendesk/api';
import { switchToInternalNote } from '../../../lib/adapters/zendesk/composer';
import { readZendeskDom } from '../../../lib/adapters/zendesk/dom';
import { ZENDESK_SELECTORS as S } from '../../../lib/adapters/zendesk/selectors';
import { ticketRefFor } from '../../../lib/adapters/ticketRef';
import { zendeskAdapter } from '../../../lib/adapters/zendesk';

const ticketFromUrl = (url: string) => ticketRefFor(zendeskAdapter, url);
import type { TimelineEntry } from '../../../lib/context';
import {
  CKEDITOR_SCRIPT_PATH,
  ZENDESK_PAGE_SCRIPT_PATH,
  esc,
  loadZendeskBundles,
  renderZendeskPage,
  zendeskPageScript,
} from '../../fixtures/zendesk/renderPage';
import { API_FIXTURES, JSDOM, type JsdomOptions, agentTicketPage, fakeZendesk } from './fakeZendesk';

const bundles = loadZendeskBundles(API_FIXTURES);
const ref = (id: string) => ticketFromUrl(`https://acme.zendesk.com/agent/tickets/${id}`)!;
const page = (activeId: string, options: JsdomOptions = {}) =>
  new JSDOM(renderZendeskPage(bundles, activeId), { url: `https://acme.zendesk.com/agent/tickets/${activeId}`, ...options });

/** What a reader sees of a timeline entry regardless of source (ids and sizes differ by design). */
const shape = (e: TimelineEntry) => ({
  author: e.author,
  authorRole: e.authorRole,
  visibility: e.visibility,
  at: e.at,
  text: e.text,
  attachments: e.attachments.map((a) => a.name),
});

beforeEach(() => resetZendeskFieldCache());

describe('loadZendeskBundles', () => {
  it('loads every recorded ticket from the api or the tickets folder', () => {
    expect(bundles.map((b) => b.id).sort()).toEqual(['4211', '666']);
    expect(loadZendeskBundles(`${API_FIXTURES}/tickets`).map((b) => b.id).sort()).toEqual(['4211', '666']);
    expect(bundles.find((b) => b.id === '4211')!.comments.comments).toHaveLength(6);
  });
});

describe('renderZendeskPage read back by the DOM reader', () => {
  it.each(['4211', '666'])('ticket %s: the DOM read matches the API read', async (id) => {
    const api = await readZendeskApi(ref(id), { ...fakeZendesk(), signal: new AbortController().signal });
    const dom = readZendeskDom(ref(id), page(id).window.document);
    expect(dom.values.subject).toBe(api.values.subject);
    expect(dom.values.status).toBe(api.values.status);
    expect(dom.values.requester).toEqual(api.values.requester);
    expect(dom.values.organization?.name).toBe(api.values.organization?.name);
    expect(dom.values.tags).toEqual(api.values.tags);
    expect(dom.values.timeline!.map(shape)).toEqual(api.values.timeline!.map(shape));
  });

  it('shows only the active ticket', () => {
    const doc = page('666').window.document;
    expect(readZendeskDom(ref('4211'), doc).values).toEqual({});
    expect(readZendeskDom(ref('666'), doc).values.subject).toContain('Invoice question');
  });

  it('has the structure of agent-ticket.html for every selector the DOM reader and composer use', () => {
    const rendered = page('4211').window.document.querySelector('#main_panes .workspace:not([hidden])')!;
    const recorded = agentTicketPage().window.document.querySelector('#main_panes .workspace:not(.is-cached)')!;
    const selectors = Object.entries(S).filter(
      ([key, value]) => typeof value === 'string' && !['statusBadgePrefix', 'itemRoleAttribute', 'channelAttribute', 'internalChannel', 'conversationAnchorAttribute', 'cachedWorkspace', 'workspace', 'workspaceFallback', 'internalNoteMenuItem', 'menuItem', 'composerPlainEditor'].includes(key),
    );
    for (const [key, selector] of selectors) {
      expect([key, recorded.querySelector(selector as string) !== null]).toEqual([key, true]);
      expect([key, rendered.querySelector(selector as string) !== null]).toEqual([key, true]);
    }
  });
});

describe('renderZendeskPage escaping (hostile ticket 666)', () => {
  const doc = page('666').window.document;

  it('creates no element, attribute or URL from ticket data', () => {
    const scripts = [...doc.querySelectorAll('script')].map((s) => s.getAttribute('src'));
    expect(scripts).toEqual([CKEDITOR_SCRIPT_PATH, ZENDESK_PAGE_SCRIPT_PATH]);
    expect(doc.querySelectorAll('img, svg, iframe, style, object, embed')).toHaveLength(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
        expect(attr.value.trim().toLowerCase().startsWith('javascript:'), `${el.tagName} ${attr.name}`).toBe(false);
      }
    }
  });

  it('shows every payload as text', () => {
    const text = doc.body.textContent!;
    for (const where of ['comment1', 'comment1_script', 'comment1_link', 'comment2', 'comment3', 'requester', 'author', 'attachment', 'tag', 'organization']) {
      expect(text).toContain(`/__pwned?f=${where}'`);
    }
    // The subject input holds the payload as its value, not as markup.
    const subject = doc.querySelector('[data-side-conversations-anchor-id="666"] [data-test-id="omni-header-subject"]') as HTMLInputElement;
    expect(subject.value).toBe(bundles.find((b) => b.id === '666')!.ticket.ticket.subject);
    expect(subject.value).toContain('onerror=');
  });

  it('esc covers text and both attribute quote styles', () => {
    expect(esc(`<a href='x' title="y">&`)).toBe('&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;');
    expect(esc(null)).toBe('');
  });
});

/** Runs the served page script in jsdom with a stand-in for CKEditor's global. */
function livePage(activeId: string) {
  const dom = page(activeId, { runScripts: 'outside-only', pretendToBeVisual: true });
  const window = dom.window as typeof dom.window & {
    __editors: Record<string, { config: { root: { element: Element } } }>;
    CKEDITOR: unknown;
  };
  const created: string[] = [];
  window.CKEDITOR = {
    DecoupledEditor: {
      create: async (config: { root: { element: Element }; licenseKey: string }) => {
        created.push(config.root.element.closest('[data-side-conversations-anchor-id]')!.getAttribute('data-side-conversations-anchor-id')!);
        return { config, ui: { view: { toolbar: { element: window.document.createElement('div') } } } };
      },
    },
    Essentials: {}, Paragraph: {}, Bold: {}, Italic: {}, List: {}, Heading: {}, Link: {},
  };
  window.eval(zendeskPageScript);
  return { window, created };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('zendeskPageScript', () => {
  it('creates the visible ticket editor on the composer with a GPL licence key', async () => {
    const { window, created } = livePage('4211');
    await settle();
    expect(created).toEqual(['4211']);
    const editor = window.__editors['4211']!;
    expect(editor.config.root.element.getAttribute('data-test-id')).toBe('omnicomposer-rich-text-ckeditor');
    expect((editor.config as unknown as { licenseKey: string }).licenseKey).toBe('GPL');
  });

  it('switches tickets through the tabs with pushState and creates editors lazily', async () => {
    const { window, created } = livePage('4211');
    const tab = window.document.querySelector<HTMLElement>('a[data-test-id="header-tab"][data-entity-id="666"]')!;
    tab.click();
    await settle();
    expect(window.location.pathname).toBe('/agent/tickets/666');
    expect(created).toEqual(['4211', '666']);
    expect(readZendeskDom(ref('4211'), window.document).values).toEqual({});
    expect(readZendeskDom(ref('666'), window.document).values.subject).toContain('Invoice question');

    window.history.back();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.location.pathname).toBe('/agent/tickets/4211');
    expect(readZendeskDom(ref('4211'), window.document).values.subject).toBe('SSO login fails for all users after plan change');
    expect(created).toEqual(['4211', '666']);
  });

  it('has a working channel switcher that switchToInternalNote can drive (default Public reply)', async () => {
    const { window } = livePage('4211');
    const doc = window.document;
    const switcher = () => doc.querySelector('.workspace:not([hidden]) [data-test-id="omnichannel-channel-switcher-button"]')!;
    expect(switcher().getAttribute('data-channel')).toBe('web');
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    expect(switcher().getAttribute('data-channel')).toBe('internal');
    expect(switcher().textContent).toBe('Internal note');
    expect(switcher().closest('.sc-omnicomposer')!.getAttribute('data-channel')).toBe('internal');
    expect(doc.getElementById('omnichannel-channel-switcher-menu')).toBeNull();
    // The other ticket keeps its own mode.
    doc.querySelector<HTMLElement>('a[data-test-id="header-tab"][data-entity-id="666"]')!.click();
    expect(switcher().getAttribute('data-channel')).toBe('web');
  });
});

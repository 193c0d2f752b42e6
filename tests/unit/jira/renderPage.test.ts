// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { readJiraApi } from '../../../lib/adapters/jira/api';
import { findComposer, switchToInternalNote } from '../../../lib/adapters/jira/composer';
import { readJiraDom } from '../../../lib/adapters/jira/dom';
import { JIRA_SELECTORS as S } from '../../../lib/adapters/jira/selectors';
import { jiraAdapter } from '../../../lib/adapters/jira';
import { ticketRefFor } from '../../../lib/adapters/ticketRef';
import type { TimelineEntry } from '../../../lib/context';
import { jiraPageScript } from '../../fixtures/jira/bundlePageScript';
import { esc } from '../../fixtures/jira/adfHtml';
import { JIRA_PAGE_SCRIPT_PATH, type JiraPageLayout, loadJiraBundles, renderJiraPage } from '../../fixtures/jira/renderPage';
import { API_FIXTURES, JSDOM, type JsdomOptions, ORIGIN, fakeJira, issueViewPage } from './fakeJira';

const bundles = loadJiraBundles(API_FIXTURES);
const QUEUE = `${ORIGIN}/jira/servicedesk/projects/SUP/queues/custom/1`;
const ref = (key: string) => ticketRefFor(jiraAdapter, `${QUEUE}/${key}`)!;
const page = (key: string, layout: JiraPageLayout = 'issue', options: JsdomOptions = {}) =>
  new JSDOM(renderJiraPage(bundles, key, layout), {
    url: layout === 'board' ? `${ORIGIN}/jira/software/projects/SUP/boards/12${key ? `?selectedIssue=${key}` : ''}` : `${QUEUE}/${key}`,
    ...options,
  });

/** What a reader sees of a timeline entry regardless of source (ids and sizes differ by design). */
const shape = (e: TimelineEntry) => ({
  author: e.author,
  authorRole: e.authorRole,
  visibility: e.visibility,
  at: e.at,
  text: e.text,
  attachments: e.attachments.map((a) => a.name),
});

describe('loadJiraBundles', () => {
  it('loads every recorded issue', () => {
    expect(bundles.map((b) => b.key).sort()).toEqual(['SUP-4211', 'SUP-666']);
    expect(bundles.find((b) => b.key === 'SUP-4211')!.requestComments.values).toHaveLength(5);
  });
});

describe('renderJiraPage read back by the DOM reader', () => {
  it.each([
    ['SUP-4211', 'issue'],
    ['SUP-666', 'issue'],
    ['SUP-4211', 'board'],
    ['SUP-666', 'board'],
  ] as const)('%s (%s layout): the DOM read equals the API read', async (key, layout) => {
    const api = await readJiraApi(ref(key), { ...fakeJira(), signal: new AbortController().signal });
    const dom = readJiraDom(ref(key), page(key, layout).window.document);
    expect(dom.problems).toEqual([]);
    expect(dom.values.subject).toBe(api.values.subject);
    expect(dom.values.status).toBe(api.values.status);
    expect(dom.values.priority).toBe(api.values.priority);
    // The page shows the reporter's name, not their email.
    expect(dom.values.requester).toEqual({ name: api.values.requester?.name });
    expect(dom.values.organization).toEqual(api.values.organization);
    expect(dom.values.tags).toEqual(api.values.tags);
    expect(dom.values.customFields).toEqual(api.values.customFields);
    expect(dom.values.timeline!.map(shape)).toEqual(api.values.timeline!.map(shape));
  });

  it('shows only the active issue', () => {
    const doc = page('SUP-666').window.document;
    expect(readJiraDom(ref('SUP-4211'), doc).values).toEqual({});
    expect(readJiraDom(ref('SUP-666'), doc).values.subject).toContain('Invoice question');
    expect(readJiraDom(ref('SUP-4211'), page('', 'board').window.document).values).toEqual({});
  });

  it('has the structure of issue-view.html for every selector the DOM reader and composer use', () => {
    const rendered = page('SUP-4211', 'board').window.document.querySelector(S.issueModal)!;
    const recorded = issueViewPage().window.document.querySelector(S.issueModal)!;
    const notInBoth = ['issueModal', 'issueLayout', 'editor', 'composerTab', 'commentPlaceholder', 'customFieldIdPattern', 'attachmentNameAttribute', 'commentTime', 'createdTime'];
    for (const [name, selector] of Object.entries(S)) {
      if (typeof selector !== 'string' || notInBoth.includes(name)) continue;
      expect([name, recorded.querySelector(selector) !== null]).toEqual([name, true]);
      expect([name, rendered.querySelector(selector) !== null]).toEqual([name, true]);
    }
  });
});

describe('renderJiraPage escaping (hostile issue SUP-666)', () => {
  const doc = page('SUP-666').window.document;

  it('creates no element, attribute or URL from issue data', () => {
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual([JIRA_PAGE_SCRIPT_PATH]);
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
    for (const where of ['summary', 'reporter', 'author', 'description', 'description_script', 'code', 'mention', 'list', 'link_text', 'attachment', 'label', 'organization', 'request_type', 'select', 'custom_field', 'multiselect', 'comment1', 'comment2', 'comment3']) {
      expect(text).toContain(`/__pwned?f=${where}'`);
    }
  });

  it('esc covers text and both attribute quote styles', () => {
    expect(esc(`<a href='x' title="y">&`)).toBe('&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;');
    expect(esc(null)).toBe('');
  });
});

describe('the page script with a real ProseMirror editor', () => {
  let script = '';
  beforeAll(async () => {
    script = await jiraPageScript();
  }, 60_000);

  type EditorWindow = Window & { __editors: Record<string, { state: { doc: { textContent: string } }; dom: HTMLElement }> };
  function livePage(key: string, layout: JiraPageLayout = 'issue') {
    const dom = page(key, layout, { runScripts: 'outside-only', pretendToBeVisual: true });
    dom.window.eval(script);
    return { window: dom.window as unknown as EditorWindow & typeof dom.window, doc: dom.window.document };
  }
  const composerOf = (doc: Document, key: string) => doc.querySelector(`[data-fixture-issue-view="${key}"] [data-testid="issue.activity.comment"]`)!;

  it('keeps the composer collapsed until a mode is picked', () => {
    const { doc } = livePage('SUP-4211');
    expect(doc.querySelector('.ProseMirror')).toBeNull();
    expect(composerOf(doc, 'SUP-4211').getAttribute('data-fixture-mode')).toBe('');
    expect(findComposer(doc)).toBeNull();
  });

  it('switchToInternalNote clicks "Add internal note" and resolves once the internal editor is open', async () => {
    const { window, doc } = livePage('SUP-4211');
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    const area = composerOf(doc, 'SUP-4211');
    expect(area.getAttribute('data-fixture-mode')).toBe('internal');
    const editor = findComposer(doc)!;
    expect(editor.classList.contains('ProseMirror')).toBe(true);
    expect(editor).toBe(window.__editors['SUP-4211']!.dom);
    expect(doc.querySelector('[role="tab"][aria-selected="true"]')!.textContent).toBe('Add internal note');
  });

  it('selects the internal-note tab when the editor was opened as a reply to the customer', async () => {
    const { doc } = livePage('SUP-4211');
    (doc.querySelector('[data-fixture-open="public"]') as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve, 250));
    const area = composerOf(doc, 'SUP-4211');
    expect(area.getAttribute('data-fixture-mode')).toBe('public');
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    expect(area.getAttribute('data-fixture-mode')).toBe('internal');
  });

  it('works on the issue modal over a board, and follows the card the agent opens', async () => {
    const { window, doc } = livePage('SUP-4211', 'board');
    (doc.querySelector('a[data-fixture-select="SUP-666"]') as HTMLElement).click();
    expect(window.location.search).toBe('?selectedIssue=SUP-666');
    expect(readJiraDom(ref('SUP-666'), doc).values.subject).toContain('Invoice question');
    expect(readJiraDom(ref('SUP-4211'), doc).values).toEqual({});
    await expect(switchToInternalNote(doc)).resolves.toBe(true);
    expect(composerOf(doc, 'SUP-666').getAttribute('data-fixture-mode')).toBe('internal');
    expect(Object.keys(window.__editors)).toEqual(['SUP-666']);
  });

  it('switches issues in the queue with pushState, and back', async () => {
    const { window, doc } = livePage('SUP-4211');
    (doc.querySelector('a[data-fixture-issue="SUP-666"]') as HTMLElement).click();
    expect(window.location.pathname).toBe('/jira/servicedesk/projects/SUP/queues/custom/1/SUP-666');
    expect(readJiraDom(ref('SUP-4211'), doc).values).toEqual({});
    expect(readJiraDom(ref('SUP-666'), doc).values.subject).toContain('Invoice question');
    window.history.back();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.location.pathname).toBe('/jira/servicedesk/projects/SUP/queues/custom/1/SUP-4211');
    expect(readJiraDom(ref('SUP-4211'), doc).values.subject).toContain('Webhook deliveries');
  });
});

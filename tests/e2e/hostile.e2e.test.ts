// The hostile-input corpus (tests/fixtures/hostile) in every field Baton reads, on every
// helpdesk, read from the API and from the page: nothing a customer wrote may run, load, render
// as markup in the panel or in the inserted note, or break the panel. One browser for the file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/browser';
import {
  HOSTILE_PAYLOADS,
  LONG_PAYLOADS,
  ONE_MIB,
  PAYLOAD_KINDS,
  PROBE_IDS,
  PWNED_PATH,
  countByKind,
  hasBeacon,
  payload,
} from '../fixtures/hostile/payloads';
import { renderZendeskPage } from '../fixtures/zendesk/renderPage';
import { renderFreshdeskPage } from '../fixtures/freshdesk/renderPage';
import { renderJiraPage } from '../fixtures/jira/renderPage';
import {
  HOSTILE_HOSTS,
  HOSTILE_IDS,
  type HelpdeskName,
  buildFreshdeskHostile,
  buildJiraHostile,
  buildZendeskHostile,
  freshdeskHostileBundle,
  jiraHostileBundle,
  zendeskHostileBundle,
} from '../fixtures/hostile/tickets';
import { useExtensionSession } from './extensionSession';
import { field, fillAgentSections, openPanel } from './panelDriver';

const session = useExtensionSession();
/** Every request the browser made to a beacon, from any frame (the panel's included). */
const browserBeacons: string[] = [];
beforeAll(() => {
  session.browser.context.on('request', (request) => {
    if (request.url().includes(PWNED_PATH)) browserBeacons.push(request.url());
  });
});

const PROBES = PROBE_IDS.map(payload);
/** A payload id anywhere: in an attribute it means payload markup became an element. */
const PAYLOAD_ID = /\b(?:script|handler|url|svg|mxss|enc|css|tpl|res|bidi|ctl|emoji|long|json|link)-\d{3}\b/;
/** 100 KB without a space, in a custom field; 20 KB without a space, in the requester's name. */
const TOKEN_100KB = payload('long-002');
const NAME_20KB = payload('long-009');
/** How much of one long value the panel shows: enough to recognise it. */
const SHOWN = 500;

/** What an HTML serialiser does to text: the probes must show up like this in editor HTML. */
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Which payload ids a list of beacon URLs or dialog messages names. */
function firedIds(entries: string[]): string[] {
  return [...new Set(entries.map((e) => PAYLOAD_ID.exec(e)?.[0] ?? e))];
}

/**
 * Every element the panel can render: the intrinsic JSX tags of its components plus its HTML
 * shell. Anything else in the panel came from somewhere else.
 */
function panelElementSet(): Set<string> {
  const tags = new Set(['html', 'head', 'meta', 'title', 'script', 'link', 'body', 'div']);
  // The panel's components: components/*.tsx and its subfolders, except the options page's.
  const dirs = [join(repoRoot, 'components'), join(repoRoot, 'components/quality')];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsx'))) {
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/<([a-z][a-z0-9]*)(?=[\s/>])/g)) tags.add(m[1]!);
    }
  }
  return tags;
}

interface CspReport {
  'csp-report'?: Record<string, unknown>;
}

interface MarkupReport {
  tags: string[];
  /** Elements or attributes that look like they came from a payload. */
  offending: string[];
}

/**
 * Runs in a page or the panel: lists every element's tag and what looks like payload markup —
 * any on* attribute; any attribute carrying a payload id other than the text-holding ones the
 * helpdesk's own renderer uses (`safeAttributes`; `href` only as a plain link); script-like
 * elements with a payload id in their text; javascript:/vbscript:/data:text/html URLs.
 */
function markupReport({ idSource, safeAttributes }: { idSource: string; safeAttributes: string[] }): MarkupReport {
  const id = new RegExp(idSource);
  const safe = new Set(safeAttributes);
  const plainLink = /^(?:https?:|mailto:|tel:|\/(?!\/)|\?|#)/i;
  const badUrl = /^\s*(?:javascript|vbscript|data:text\/html|data:image\/svg)/i;
  const textContainers = new Set(['script', 'style', 'noscript', 'template', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'object', 'embed', 'svg', 'math']);
  const tags = new Set<string>();
  const offending: string[] = [];
  const describe = (el: Element, why: string) => `${why}: <${el.localName} ${[...el.attributes].map((a) => `${a.name}="${a.value.slice(0, 60)}"`).join(' ')}>`;
  for (const el of document.querySelectorAll('*')) {
    const tag = el.localName.toLowerCase();
    tags.add(tag);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) offending.push(describe(el, `handler attribute ${name}`));
      else if (['href', 'src', 'srcdoc', 'data', 'action', 'formaction', 'xlink:href', 'poster', 'background'].includes(name) && badUrl.test(attr.value)) {
        offending.push(describe(el, `script URL in ${name}`));
      } else if (id.test(attr.value) && !(safe.has(name) || name.startsWith('data-') || (name === 'href' && tag === 'a' && plainLink.test(attr.value)))) {
        offending.push(describe(el, `payload id in ${name}`));
      }
    }
    if (textContainers.has(tag) && id.test(el.textContent ?? '')) offending.push(describe(el, `payload id inside <${tag}>`));
  }
  return { tags: [...tags].sort(), offending };
}

/**
 * Runs in the page: how many elements there are that load, run or draw something (img, svg,
 * iframe, script…), by tag, outside the editors' own chrome (toolbars and popups Froala and
 * CKEditor build when a composer opens). Inserting a note must not change these counts. (Form
 * controls a composer adds when it opens are not counted; one from a payload carries a
 * handler or a payload id, which markupReport catches.)
 */
function activeElementCounts(): Record<string, number> {
  const chrome = '.ck-toolbar, .ck-body-wrapper, .ck-balloon-panel, [data-fixture-toolbar], .fr-popup, .fr-tooltip, .fr-modal';
  const counts: Record<string, number> = {};
  for (const el of document.querySelectorAll('img, svg, math, iframe, frame, object, embed, video, audio, picture, source, track, script, style, link, base, meta, marquee, template, noscript, details')) {
    // Froala's box holds its toolbars and selection handles around the editable.
    if (el.closest(chrome) || (el.closest('.fr-box') && !el.closest('.fr-element'))) continue;
    counts[el.localName] = (counts[el.localName] ?? 0) + 1;
  }
  return counts;
}

/** Runs in the page before its own scripts: keeps the duration of every long task (ms). */
function recordLongTasks(): void {
  const durations: number[] = ((window as unknown as { __longTasks: number[] }).__longTasks = []);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(Math.round(entry.duration));
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * The longest the helpdesk page may be blocked at a time. Loading these 2 MB fixture pages
 * (parse, editor start, Baton's read) takes ~0.3 s per task here; before Freshdesk's page
 * reader was made linear, its read of the 1 MiB note blocked the page for ~6 s.
 */
const LONGEST_TASK_MS = 2500;

/** Attributes the fixture pages put ticket text into, escaped (as the real helpdesks do). */
const PAGE_TEXT_ATTRIBUTES = ['value', 'title', 'aria-label', 'class', 'datetime', 'placeholder', 'alt'];

interface EditorModel {
  /** The editor's own serialisation (CKEditor getData, Froala html.get, ProseMirror's DOM). */
  html: string;
  /** The model's text. */
  text: string;
  tags: string[];
  attributes: string[];
  /** ProseMirror only: node and mark types in the document. */
  nodeTypes?: string[];
}

/** Runs in the page: the editor's model of `id`'s composer, parsed without running anything. */
function readEditorModel({ helpdesk, id }: { helpdesk: HelpdeskName; id: string }): EditorModel {
  const editor = (window as unknown as { __editors: Record<string, any> }).__editors[id];
  const structure = (root: ParentNode) => {
    const tags = new Set<string>();
    const attributes = new Set<string>();
    for (const el of root.querySelectorAll('*')) {
      tags.add(el.localName);
      for (const a of el.attributes) attributes.add(a.name);
    }
    return { tags: [...tags].sort(), attributes: [...attributes].sort() };
  };
  if (helpdesk === 'jira') {
    const json = editor.state.doc.toJSON();
    const types = new Set<string>();
    const textOf = (node: any): string => {
      types.add(node.type);
      for (const mark of node.marks ?? []) types.add(`mark:${mark.type}`);
      return node.text ?? (node.content ?? []).map(textOf).join(node.type === 'doc' ? '\n' : '');
    };
    const text = textOf(json);
    const dom = editor.dom as HTMLElement;
    return { html: dom.innerHTML, text, ...structure(dom), nodeTypes: [...types].sort() };
  }
  const html: string = helpdesk === 'zendesk' ? editor.getData() : editor.html.get();
  // DOMParser documents are inert: nothing in them runs or loads.
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  // Unlicensed Froala appends its own "Powered by Froala Editor" link: the editor's, not the note's.
  for (const branding of parsed.querySelectorAll('[data-f-id="pbf"]')) branding.remove();
  return { html, text: parsed.textContent ?? '', ...structure(parsed) };
}

interface Target {
  helpdesk: HelpdeskName;
  url(id: string): string;
  /** Waits until the page shows ticket `id` and its editor exists (Zendesk) or can be opened. */
  ready(page: Page, id: string): Promise<void>;
  /** Tags the editor's model may hold: what Baton's note is made of, in that editor's words. */
  noteTags: string[];
  /** Attributes the editor may add to the note's elements on its own. */
  noteAttributes: string[];
  /** Whether the composer is in internal-note mode. */
  internalNote(page: Page, id: string): Promise<boolean>;
}

const TARGETS: Target[] = [
  {
    helpdesk: 'zendesk',
    url: (id) => `https://${HOSTILE_HOSTS.zendesk}/agent/tickets/${id}`,
    ready: (page, id) => page.waitForFunction((ticketId) => Boolean((window as any).__editors?.[ticketId]), id).then(() => undefined),
    noteTags: ['br', 'li', 'p', 'strong', 'ul'],
    // CKEditor 5's own list-item ids.
    noteAttributes: ['data-list-item-id'],
    internalNote: async (page) => /Internal note/i.test((await page.locator('[data-test-id="omnichannel-channel-switcher-button"]').first().textContent()) ?? ''),
  },
  {
    helpdesk: 'freshdesk',
    url: (id) => `https://${HOSTILE_HOSTS.freshdesk}/a/tickets/${id}`,
    ready: (page, id) => page.locator(`[data-test-id="ticket-human-display-id"]:text("#${id}")`).waitFor(),
    noteTags: ['br', 'li', 'p', 'strong', 'ul'],
    // Froala marks what html.insert(…, clean) put in.
    noteAttributes: ['data-pasted'],
    internalNote: async (page, id) => (await page.locator(`#ember${id} .ticket-editor`).getAttribute('data-editor-type')) === 'note',
  },
  {
    helpdesk: 'jira',
    url: (key) => `https://${HOSTILE_HOSTS.jira}/browse/${key}`,
    ready: (page) => page.locator('h1[data-testid="issue.views.issue-base.foundation.summary.heading"]:visible').waitFor(),
    noteTags: ['br', 'li', 'p', 'strong', 'ul'],
    noteAttributes: [],
    internalNote: async (page, key) => (await page.locator(`[data-fixture-issue-view="${key}"] [data-testid="issue.activity.comment"]`).getAttribute('data-fixture-mode')) === 'internal',
  },
];

describe('the hostile-input corpus', () => {
  it('has at least 200 distinct payloads of every kind, each naming itself and calling its beacon if it runs', () => {
    const ids = HOSTILE_PAYLOADS.map((p) => p.id);
    expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(HOSTILE_PAYLOADS.map((p) => p.text)).size).toBe(ids.length);
    expect(Object.entries(countByKind()).filter(([, count]) => count === 0)).toEqual([]);
    expect(PAYLOAD_KINDS.length).toBe(15);
    expect(HOSTILE_PAYLOADS.filter((p) => !p.text.includes(p.id)).map((p) => p.id)).toEqual([]);
    expect(HOSTILE_PAYLOADS.filter((p) => p.executable && !hasBeacon(p)).map((p) => p.id)).toEqual([]);
    expect(Math.max(...LONG_PAYLOADS.map((p) => p.text.length))).toBeGreaterThanOrEqual(ONE_MIB);
    // Probes are what the note is checked for literally: single-line, nothing a reader changes.
    for (const probe of PROBES) expect(probe.text).toMatch(/^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/);
  });

  it('is in every field of every helpdesk’s hostile ticket, in the API answers and on the page', () => {
    const zendesk = buildZendeskHostile(HOSTILE_IDS.zendesk.api);
    const freshdesk = buildFreshdeskHostile(HOSTILE_IDS.freshdesk.api);
    const jira = buildJiraHostile(HOSTILE_IDS.jira.api);
    const fixtures = [
      {
        helpdesk: 'zendesk',
        api: JSON.stringify([zendesk.ticket, zendesk.comments, zendesk.ticketFields]),
        page: renderZendeskPage([zendeskHostileBundle(HOSTILE_IDS.zendesk.api, zendesk)], HOSTILE_IDS.zendesk.api),
        placement: zendesk.placement,
      },
      {
        helpdesk: 'freshdesk',
        api: JSON.stringify([freshdesk.ticket, freshdesk.conversations, freshdesk.ticketFields]),
        page: renderFreshdeskPage([freshdeskHostileBundle(HOSTILE_IDS.freshdesk.api, freshdesk)], HOSTILE_IDS.freshdesk.api),
        placement: freshdesk.placement,
      },
      {
        helpdesk: 'jira',
        api: JSON.stringify([jira.issue, jira.comments]),
        page: renderJiraPage([jiraHostileBundle(HOSTILE_IDS.jira.api, jira)], HOSTILE_IDS.jira.api),
        placement: jira.placement,
      },
    ];
    for (const { helpdesk, api, page, placement } of fixtures) {
      const missingFromApi = HOSTILE_PAYLOADS.filter((p) => !api.includes(JSON.stringify(p.text).slice(1, -1))).map((p) => p.id);
      expect(missingFromApi, `${helpdesk}: payloads missing from the API answers`).toEqual([]);
      expect(HOSTILE_PAYLOADS.filter((p) => !page.includes(p.id)).map((p) => p.id), `${helpdesk}: payloads missing from the page`).toEqual([]);
      expect(Object.entries(placement).filter(([, payloads]) => payloads.length === 0).map(([name]) => name), `${helpdesk}: fields without payloads`).toEqual([]);
      // Rendered escaped: not one payload is markup in the page's HTML.
      expect(page).not.toMatch(/<(?:script|img|svg|iframe|object|embed|math|style)\b[^>]*\b(?:on\w+|src|href)=[^>]*(?:__pwned|alert)/i);
    }
  });
});

for (const target of TARGETS) {
  describe(`the hostile ticket on ${target.helpdesk}`, () => {
    for (const mode of ['api', 'dom'] as const) {
      it(`${mode === 'api' ? 'read from the API' : 'read from the page (API failing)'}: nothing runs, renders or breaks, and the note carries the payloads as text`, async () => {
        const id = HOSTILE_IDS[target.helpdesk][mode];
        session.server.resetRecords();
        browserBeacons.length = 0;
        const dialogsBefore = session.dialogs.length;
        const errorsBefore = session.pageErrors.length;

        const page = await session.browser.context.newPage();
        await page.addInitScript(recordLongTasks);
        await page.goto(target.url(id));
        await target.ready(page, id);
        const idSource = PAYLOAD_ID.source;
        const rendered = await page.evaluate(markupReport, { idSource, safeAttributes: PAGE_TEXT_ATTRIBUTES });
        expect(rendered.offending, 'payload markup in the page as rendered').toEqual([]);
        const activeBefore = await page.evaluate(activeElementCounts);

        const panel = await openPanel(page, session.browser.extensionId);
        const heading = panel.getByRole('heading', { level: 2 });
        await expect.poll(() => heading.textContent(), { timeout: 20_000 }).toContain(PROBES[0]!.text);
        const fromPage = panel.getByText(/Read from the page/);
        if (mode === 'dom') await fromPage.waitFor();
        else expect(await fromPage.count()).toBe(0);

        // The panel shows the customer's text as text: the probes literally, in the heading
        // and in the pre-filled section; the whole conversation was read.
        const subject = (await heading.textContent()) ?? '';
        for (const probe of PROBES) expect(subject).toContain(probe.text);
        const happening = await field(panel, /What's happening/).inputValue();
        for (const probe of PROBES) expect(happening).toContain(probe.text);
        const entries = Number(/(\d+) entries/.exec((await panel.getByText(/\d+ entries/).textContent()) ?? '')?.[1]);
        expect(entries).toBeGreaterThan(8);
        // Long unbroken values reach the panel cut short, so it can lay them out: the summary's
        // requester, and (where the reader has custom fields: not Zendesk's page) the pre-fill.
        const facts = (await panel.locator('.facts').textContent()) ?? '';
        expect(facts).toContain(NAME_20KB.text.slice(0, SHOWN));
        expect(facts.length).toBeLessThan(NAME_20KB.text.length);
        const customer = field(panel, /Customer context/);
        expect(await customer.inputValue()).toContain(NAME_20KB.text.slice(0, SHOWN));
        if (mode === 'api' || target.helpdesk !== 'zendesk') await expect.poll(() => customer.inputValue()).toContain(TOKEN_100KB.text.slice(0, SHOWN));
        expect((await customer.inputValue()).length).toBeLessThan(TOKEN_100KB.text.length);
        await expectCleanPanel(panel);

        // Still usable: the agent types (pasting customer text too) and inserts.
        const hypothesis = `Customer pasted ${payload('handler-002').text} into the portal`;
        const verify = `Check ${payload('script-002').text} and ${payload('tpl-004').text}`;
        await fillAgentSections(panel, hypothesis, verify);
        await panel.getByRole('button', { name: /^Insert/ }).click();
        const status = panel.locator('.insert-status.ok, .insert-status.warn, .insert-status.error');
        await status.waitFor({ timeout: 30_000 });
        expect(await status.textContent()).toMatch(/Inserted as an internal note/);
        expect(await target.internalNote(page, id)).toBe(true);
        // Give anything that did get in a moment to fire.
        await page.waitForTimeout(300);

        const note = await page.evaluate(readEditorModel, { helpdesk: target.helpdesk, id });
        expect(note.tags.filter((tag) => !target.noteTags.includes(tag)), 'elements in the note that Baton does not write').toEqual([]);
        expect(note.attributes.filter((name) => !target.noteAttributes.includes(name)), 'attributes in the note').toEqual([]);
        if (note.nodeTypes) {
          expect(note.nodeTypes.filter((type) => !['doc', 'paragraph', 'text', 'bullet_list', 'list_item', 'hard_break', 'mark:strong'].includes(type))).toEqual([]);
        }
        for (const text of [hypothesis, verify, ...PROBES.map((p) => p.text)]) {
          expect(note.text).toContain(text);
          expect(note.html).toContain(escapeText(text));
        }
        if (mode === 'api' || target.helpdesk !== 'zendesk') expect(note.text).toContain(TOKEN_100KB.text.slice(0, SHOWN));
        // The 1 MiB log, the 100 KB value and the rest of the corpus made a note of bounded size.
        expect(note.text.length).toBeLessThan(ONE_MIB / 10);

        const afterInsert = await page.evaluate(markupReport, { idSource, safeAttributes: PAGE_TEXT_ATTRIBUTES });
        expect(afterInsert.offending, 'payload markup in the page after the insert').toEqual([]);
        expect(await page.evaluate(activeElementCounts), 'elements that load, run or draw, before and after the insert').toEqual(activeBefore);
        await expectCleanPanel(panel);

        // Baton reads the ticket in the page's own thread: a 1 MiB note must not freeze the helpdesk.
        const longest = await page.evaluate(() => Math.max(0, ...((window as unknown as { __longTasks: number[] }).__longTasks ?? [])));
        expect(longest, 'longest task on the helpdesk page (ms)').toBeLessThan(LONGEST_TASK_MS);

        expect(firedIds(session.server.pwnedHits), 'beacons the fixture server received').toEqual([]);
        expect(firedIds(browserBeacons), 'beacon requests the browser made').toEqual([]);
        expect(firedIds(session.dialogs.slice(dialogsBefore)), 'dialogs').toEqual([]);
        expect(session.pageErrors.slice(errorsBefore), 'uncaught errors').toEqual([]);
        // Unlicensed Froala's own usage ping (an image from froala.com) is the fixture's, not a payload's.
        const violations = session.server.cspReports.filter((report) => !/^https:\/\/[\w.]*froala\.com\//.test(String((report as CspReport)['csp-report']?.['blocked-uri'])));
        expect(violations, 'CSP violations (something tried to run or load)').toEqual([]);
        await page.close();
      });
    }
  });
}

describe('the detectors', () => {
  it('do see a payload that runs or renders: beacons from the page and the panel, dialogs, payload markup', async () => {
    session.server.resetRecords();
    browserBeacons.length = 0;
    const dialogsBefore = session.dialogs.length;
    const id = HOSTILE_IDS.jira.api;
    const page = await session.browser.context.newPage();
    await page.goto(TARGETS[2]!.url(id));
    await TARGETS[2]!.ready(page, id);
    const panel = await openPanel(page, session.browser.extensionId);
    // What a rendering bug would do: payload text parsed as HTML, in the page and in the panel.
    const inject = (html: string) => document.body.insertAdjacentHTML('beforeend', html);
    await page.evaluate(inject, `${payload('res-001').text}${payload('handler-001').text}`);
    await panel.evaluate(inject, `${payload('res-002').text}${payload('svg-003').text}`);
    await panel.evaluate(() => setTimeout(() => alert('canary'), 0));
    await expect.poll(() => firedIds(session.server.pwnedHits).sort()).toEqual(['res-001', 'res-002']);
    expect(firedIds(browserBeacons)).toEqual(expect.arrayContaining(['res-001', 'res-002']));
    await expect.poll(() => session.dialogs.slice(dialogsBefore)).toEqual(['canary']);
    // The page's CSP blocked the inline handler; the markup is still caught, and the CSP says so.
    const pageReport = await page.evaluate(markupReport, { idSource: PAYLOAD_ID.source, safeAttributes: PAGE_TEXT_ATTRIBUTES });
    expect(pageReport.offending.join('\n')).toMatch(/handler attribute onerror.*handler-001/);
    await expect.poll(() => session.server.cspReports.length).toBeGreaterThan(0);
    const panelReport = await panel.evaluate(markupReport, { idSource: PAYLOAD_ID.source, safeAttributes: [] });
    expect(panelReport.tags).toEqual(expect.arrayContaining(['img', 'svg']));
    expect(panelReport.offending.join('\n')).toMatch(/handler attribute onload.*svg-003/);
    session.dialogs.length = dialogsBefore;
    session.server.resetRecords();
    await page.close();
  });

  it('ran without uncaught errors in the pages', () => {
    expect(session.pageErrors).toEqual([]);
  });
});

/** The panel holds nothing but its own elements, and no handler, script URL or payload id in any attribute. */
async function expectCleanPanel(panel: Frame): Promise<void> {
  const report = await panel.evaluate(markupReport, { idSource: PAYLOAD_ID.source, safeAttributes: [] });
  const own = panelElementSet();
  expect(report.tags.filter((tag) => !own.has(tag)), 'elements the panel does not render itself').toEqual([]);
  expect(report.offending, 'payload markup in the panel').toEqual([]);
  const scripts = await panel.evaluate(() => [...document.scripts].map((s) => s.src || `inline: ${s.textContent?.slice(0, 80)}`));
  expect(scripts.filter((src) => !src.startsWith('chrome-extension://'))).toEqual([]);
}

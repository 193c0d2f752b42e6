// Page drift: variants of each helpdesk's fixture page as a helpdesk UI change would leave them,
// served when the page URL carries `?drift=<variant>[,<variant>…]` (nothing changes without it).
// Landmarks Baton relies on are renamed or missing; the variants are applied to the rendered
// HTML, so each route module needs one call (applyDrift) and the renderers stay untouched.
//
// - no-subject:     the subject element renamed;
// - no-requester:   the requester block's landmarks renamed (name, email, breadcrumb item);
// - no-composer:    the reply / note editor missing (Zendesk: the editable gone while the ticket
//                   form has a multi-line field next to it; Freshdesk: reply bar and editor gone;
//                   Jira: the whole add-comment area gone);
// - no-note-toggle: the internal-note control missing (Zendesk: channel switcher renamed;
//                   Freshdesk: "Add note" gone; Jira: "Add internal note" gone, "Reply to
//                   customer" still there);
// - inert-editor:   an editor that ignores synthetic input: untrusted events never reach it and
//                   its instance is not reachable from outside (served script, DRIFT_SCRIPT_PATH);
// - rerendering-editor (Zendesk): instead of CKEditor, a framework editor (Slate-like) that takes
//                   input only through trusted beforeinput and re-renders from its own model a
//                   moment after any other change to its DOM (served script).
import type { ServerResponse } from 'node:http';
import { send } from './types';

export const DRIFT_VARIANTS = ['no-subject', 'no-requester', 'no-composer', 'no-note-toggle', 'inert-editor', 'rerendering-editor'] as const;
export type DriftVariant = (typeof DRIFT_VARIANTS)[number];
type Helpdesk = 'zendesk' | 'freshdesk' | 'jira';

/** The main-world script of the script-based variants (served by the fixture server). */
export const DRIFT_SCRIPT_PATH = '/__assets/baton-drift.js';

export function driftVariants(url: URL): DriftVariant[] {
  const requested = (url.searchParams.get('drift') ?? '').split(',').filter(Boolean);
  for (const name of requested) {
    if (!(DRIFT_VARIANTS as readonly string[]).includes(name)) throw new Error(`Unknown drift variant: ${name}`);
  }
  return requested as DriftVariant[];
}

type Edit = [from: string | RegExp, to: string];

/** Renames a data-test-id / data-testid value (every occurrence). */
const rename = (attribute: 'data-test-id' | 'data-testid', value: string): Edit => [
  new RegExp(`${attribute}="${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'g'),
  `${attribute}="${value}-renamed"`,
];

const EDITS: Record<Helpdesk, Partial<Record<Exclude<DriftVariant, 'inert-editor'>, Edit[]>>> = {
  zendesk: {
    // Not CKEditor's element any more (the page does not start CKEditor on it); the script makes it the framework editor.
    'rerendering-editor': [[/data-test-id="omnicomposer-rich-text-ckeditor"/g, 'data-fixture-framework-editor']],
    'no-subject': [rename('data-test-id', 'omni-header-subject')],
    'no-requester': [
      rename('data-test-id', 'ticket-system-field-requester-select'),
      rename('data-test-id', 'tabs-nav-item-users'),
      rename('data-test-id', 'customer-context-pane'),
    ],
    'no-composer': [
      [/<div class="ck ck-content ck-editor__editable[^"]*"[^>]*data-test-id="omnicomposer-rich-text-ckeditor"><p><br><\/p><\/div>/g, ''],
      // Many ticket forms have a multi-line field: it is not a composer.
      [
        /(<div data-test-id="ticket-fields-priority-select">)/g,
        '<div data-test-id="ticket-form-field-textarea-field-360009999"><label>Steps to reproduce</label><textarea>1. Sign in with SSO</textarea></div>\n$1',
      ],
    ],
    'no-note-toggle': [rename('data-test-id', 'omnichannel-channel-switcher-button'), [/aria-label="Public reply"/g, '']],
  },
  freshdesk: {
    'no-subject': [rename('data-test-id', 'ticket-subject'), [/class="ticket-subject-heading"/g, 'class="ticket-title"']],
    'no-requester': [rename('data-test-id', 'requester-name'), rename('data-test-id', 'requester-email')],
    'no-composer': [
      [/<div class="reply-bar-wrapper">[\s\S]*?<\/ul><\/div>/g, ''],
      [/<div class="ticket-editor" data-editor-type="reply" hidden>[\s\S]*?(?=\s*<\/section>)/g, ''],
    ],
    'no-note-toggle': [
      [/<li class="reply-bar__item"><button[^>]*data-test-id="ticket-action-note"[^>]*>Add note<\/button><\/li>/g, ''],
      [/<button[^>]*data-test-id="ticket-action-note"[^>]*>Note<\/button>/g, ''],
    ],
  },
  jira: {
    'no-subject': [rename('data-testid', 'issue.views.issue-base.foundation.summary.heading')],
    'no-requester': [rename('data-testid', 'issue.views.field.user.reporter'), rename('data-testid', 'issue.views.field.user.reporter.name.wrapper')],
    'no-composer': [[/<div data-testid="issue\.activity\.comment"[\s\S]*?<p class="jf-protip">[\s\S]*?<\/p>\s*<\/div>/g, '']],
    'no-note-toggle': [
      [/<button type="button" class="jf-composer-mode" data-fixture-open="internal">Add internal note<\/button>\s*<span aria-hidden="true">\/<\/span>/g, ''],
    ],
  },
};

/** `html` as the requested drift variants leave it; unchanged without `?drift=`. */
export function applyDrift(helpdesk: Helpdesk, url: URL, html: string): string {
  const variants = driftVariants(url);
  let out = html;
  for (const variant of variants) {
    if (variant === 'inert-editor' || variant === 'rerendering-editor') {
      // Before the page's own (deferred) scripts, so it is in place when the editor starts.
      if (!out.includes(DRIFT_SCRIPT_PATH)) {
        out = out.replace(/<head>\s*<meta charset="utf-8">/, (head) => `${head}\n<script src="${DRIFT_SCRIPT_PATH}"></script>`);
      }
      if (variant === 'inert-editor') continue;
    }
    const edits = EDITS[helpdesk][variant];
    if (!edits) throw new Error(`Drift ${variant} has no ${helpdesk} page`);
    for (const [from, to] of edits) {
      const next = out.replace(from, to);
      // A variant that changes nothing means the page moved on and the test would prove nothing.
      if (next === out) throw new Error(`Drift ${variant} does not apply to the ${helpdesk} page (${String(from)})`);
      out = next;
    }
  }
  return out;
}

/**
 * The editor of an `inert-editor` page ignores synthetic input, as an editor whose handlers
 * check `isTrusted` (or a page that swallows untrusted events) would: untrusted paste, input and
 * key events are stopped before any of the page's handlers, and the editor instance is not
 * reachable from outside (CKEditor's element handle removed, Froala's registry hidden).
 * Trusted input (the agent typing, execCommand) still works.
 */
export const driftScript = String.raw`(function () {
  'use strict';
  var variants = (new URLSearchParams(location.search).get('drift') || '').split(',');
  window.__batonDrift = { swallowed: [], rerendered: 0 };
  if (variants.indexOf('rerendering-editor') >= 0) rerenderingEditors();
  if (variants.indexOf('inert-editor') < 0) return;
  ['paste', 'beforeinput', 'input', 'textInput', 'keydown', 'keypress', 'keyup', 'drop', 'compositionstart', 'compositionend'].forEach(function (type) {
    window.addEventListener(type, function (event) {
      if (event.isTrusted) return;
      event.stopImmediatePropagation();
      window.__batonDrift.swallowed.push(type);
    }, true);
  });
  function hideCkeditor() {
    var editables = document.querySelectorAll('.ck-editor__editable');
    for (var i = 0; i < editables.length; i++) delete editables[i].ckeditorInstance;
  }
  document.addEventListener('fixture:editor-ready', function () {
    hideCkeditor();
    setTimeout(hideCkeditor, 0);
  });
  // Froala registers every instance on its global; pages that keep it private expose none.
  var froala;
  Object.defineProperty(window, 'FroalaEditor', {
    configurable: true,
    get: function () { return froala; },
    set: function (real) {
      froala = new Proxy(real, {
        get: function (target, key, receiver) { return key === 'INSTANCES' ? [] : Reflect.get(target, key, receiver); }
      });
    }
  });

  // A framework editor: its model changes only through trusted beforeinput (the agent typing);
  // any other change to its DOM is undone at its next render, 40 ms later, as a virtual-DOM
  // editor re-rendering from its state would. Tests read the model: window.__editors[id].getData().
  function rerenderingEditors() {
    var editors = (window.__editors = window.__editors || {});
    document.addEventListener('DOMContentLoaded', function () {
      var elements = document.querySelectorAll('[data-fixture-framework-editor]');
      for (var i = 0; i < elements.length; i++) start(elements[i]);
    });
    function start(el) {
      var anchor = el.closest('[data-side-conversations-anchor-id]');
      var id = anchor ? anchor.getAttribute('data-side-conversations-anchor-id') : 'page';
      var model = el.innerHTML;
      var accepting = false;
      var timer = null;
      var observer = new MutationObserver(function () {
        if (accepting) {
          model = el.innerHTML;
          return;
        }
        clearTimeout(timer);
        timer = setTimeout(function () {
          observer.disconnect();
          el.innerHTML = model;
          window.__batonDrift.rerendered += 1;
          observer.observe(el, { childList: true, subtree: true, characterData: true });
        }, 40);
      });
      observer.observe(el, { childList: true, subtree: true, characterData: true });
      el.addEventListener('beforeinput', function (event) {
        if (!event.isTrusted) return;
        accepting = true;
        setTimeout(function () { accepting = false; model = el.innerHTML; }, 0);
      });
      editors[id] = { getData: function () { return model; } };
    }
  }
})();
`;

export function serveDriftAsset(pathname: string, res: ServerResponse): boolean {
  if (pathname !== DRIFT_SCRIPT_PATH) return false;
  send(res, 200, driftScript, { 'Content-Type': 'text/javascript; charset=utf-8' });
  return true;
}

import { createStore } from 'zustand/vanilla';
import { prefill } from '../autofill';
import { composeNote, type NoteExtras } from '../compose';
import { assessHandoff } from '../quality/assess';
import { type ExtractedItem, type ExtractionChoices, extractAll, NO_CHOICES, replaceItemLine } from '../quality/extracted';
import type { HelpdeskId, TicketContext } from '../context';
import { DRAFT_SCHEMA_VERSION, type Draft, draftKey } from '../draft';
import type { InsertResult, ToPanel } from '../messaging/panelProtocol';
import { describeStorageError } from '../storage/draftRepo';
import type { PersonalSettings } from '../settings';
import type { TemplateCatalog } from '../templates/library';
import type { Template } from '../templates/template';
import type { PanelConfig, PanelDeps } from './deps';
import { BUILT_IN_CATALOG, BUILT_IN_SETTINGS, chooseTemplate, type OrphanAnswer, sectionLabel } from './templateChoice';

export interface TicketView {
  key: string;
  helpdesk: HelpdeskId;
  host: string;
  ticketId: string;
  helpdeskLabel: string;
  noteFormat: 'html' | 'text';
  context?: TicketContext;
}

export type DraftOrigin = 'loading' | 'restored' | 'new';
export type SaveState = { state: 'idle' | 'pending' | 'saving' | 'saved' } | { state: 'error'; error: string };
export type InsertState =
  | { state: 'idle' | 'inserting' }
  | { state: 'inserted'; internalNote: boolean; strategy: string; warning?: string }
  | { state: 'clipboard'; reason: string }
  | { state: 'failed'; reason: string }
  | { state: 'incomplete'; missing: string[] }
  /** The note falls short of the team's bar: the agent decides whether to insert anyway. */
  | { state: 'confirm'; shortfalls: string[] };

export interface PanelState {
  open: boolean;
  /** null while no ticket is shown (dashboard, views, other pages). */
  ticket: TicketView | null;
  /** The templates the agent can choose from, and each helpdesk's default. */
  catalog: TemplateCatalog;
  /** The team's templates have been read (until then the built-in one stands in). */
  catalogLoaded: boolean;
  template: Template;
  /** The template the draft was written with or the agent chose; none: the helpdesk's default. */
  templateRequest?: string;
  /** Why the panel is not showing the draft's own template, when it is not. */
  templateNotice?: string;
  settings: PersonalSettings;
  /** Section id → text. May hold sections the template lacks (another template's): kept, not shown in the form. */
  answers: Record<string, string>;
  draftOrigin: DraftOrigin;
  /** There is an edit not yet written: only then is there something to save. */
  dirty: boolean;
  /** What the agent dropped or reworded among Baton's finds in the ticket; saved with the draft. */
  choices: ExtractionChoices;
  /** Sections the agent has typed in since the ticket opened: pre-filling never overwrites them. */
  edited: Record<string, true>;
  /** Another tab on the same ticket changed the draft, and this panel took its changes in. */
  syncedFromOtherTab: boolean;
  /** Text another tab wrote in a section the agent was also changing here: shown, never dropped. */
  otherTabText: OrphanAnswer[];
  insertedAt?: number;
  save: SaveState;
  insert: InsertState;

  receive(message: ToPanel): void;
  edit(sectionId: string, text: string): void;
  /** Uses another template for this ticket's draft; the draft remembers it. */
  switchTemplate(templateId: string): void;
  /** The templates changed: loaded, edited on the options page, or pushed by policy. */
  applyCatalog(catalog: TemplateCatalog): void;
  /** A panel in another tab wrote the draft with this key. */
  draftWrittenElsewhere(key: string): void;
  setOpen(open: boolean): void;
  /** Writes a pending edit now (ticket switch, panel hidden). */
  flush(): Promise<void>;
  /** Inserts, unless the note falls short of the team's bar: then it asks first. */
  insertNote(): Promise<void>;
  /** Inserts in spite of the shortfalls the panel showed; the note records them. */
  insertAnyway(): Promise<void>;
  cancelInsert(): void;
  copyNote(): Promise<void>;
  /** Leaves one of Baton's finds out of the note (and out of any section that has its line). */
  dropFound(key: string): void;
  /** Rewords one of Baton's finds, in the note and in any section that has its line. */
  editFound(key: string, text: string): void;
  /** Brings a dropped or edited find back as Baton found it. */
  restoreFound(key: string): void;
}

export type PanelStore = ReturnType<typeof createPanelStore>;

const hasChoices = (choices: ExtractionChoices) => choices.dropped.length > 0 || Object.keys(choices.edited).length > 0;

/** Sections that are required but still empty, by label, in template order. */
export function missingRequired(template: Template, answers: Record<string, string>): string[] {
  return template.sections.filter((s) => s.required && !(answers[s.id] ?? '').trim()).map((s) => s.label);
}

const STATIC_CONFIG: PanelConfig = {
  loadCatalog: async () => BUILT_IN_CATALOG,
  loadSettings: async () => BUILT_IN_SETTINGS,
  onCatalogChanged: () => () => undefined,
  onSettingsChanged: () => () => undefined,
};

export function createPanelStore(deps: PanelDeps) {
  const config = deps.config ?? STATIC_CONFIG;
  const now = deps.now ?? Date.now;
  const autosaveDelay = deps.autosaveDelayMs ?? 250;
  const insertTimeout = deps.insertTimeoutMs ?? 15000;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const pendingInserts = new Map<string, (result: InsertResult) => void>();
  /**
   * Drafts whose write failed, by key. Kept in memory so that switching away from a ticket
   * whose save failed does not drop the agent's text: reopening it shows this, not storage.
   */
  const unsaved = new Map<string, Draft>();
  // Called only once the store exists: tells the page where and how big the panel is.
  const sendLayout = () => {
    const { open, settings } = store.getState();
    deps.bridge.send({ type: 'layout', open, side: settings.panelSide });
  };

  /** The current ticket's answers as last written or read: what "changed here" is measured against. */
  let lastSaved: Record<string, string> = {};
  /** The agent opened or closed the panel: the remembered state must not undo that. */
  let toggledByAgent = false;

  const store = createStore<PanelState>()((set, get) => {
    function snapshot(): Draft | null {
      const { ticket, template, answers, insertedAt } = get();
      if (!ticket) return null;
      return {
        schemaVersion: DRAFT_SCHEMA_VERSION,
        key: ticket.key,
        helpdesk: ticket.helpdesk,
        host: ticket.host,
        ticketId: ticket.ticketId,
        subject: ticket.context?.subject,
        url: ticket.context?.url,
        // Before the team's templates are read, the draft's own template may not be on show yet.
        templateId: get().catalogLoaded ? template.id : get().templateRequest ?? template.id,
        answers,
        updatedAt: now(),
        insertedAt,
        ...(hasChoices(get().choices) ? { extraction: { dropped: [...get().choices.dropped], edited: { ...get().choices.edited } } } : {}),
      };
    }

    async function write(draft: Draft): Promise<void> {
      const isCurrent = () => get().ticket?.key === draft.key;
      if (isCurrent()) set({ save: { state: 'saving' } });
      try {
        await deps.drafts.put(draft);
        if (isCurrent()) lastSaved = { ...draft.answers };
        if (!get().dirty || !isCurrent()) deps.drafts.written?.(draft.key);
        if (unsaved.get(draft.key) === draft) unsaved.delete(draft.key);
        // A newer edit may be waiting for its own write: only then is "saved" true.
        if (isCurrent() && !get().dirty) set({ save: { state: 'saved' } });
      } catch (error) {
        // The text stays (on screen, or here for a ticket the agent left); the next edit retries.
        unsaved.set(draft.key, draft);
        if (isCurrent()) set({ save: { state: 'error', error: describeStorageError(error) }, dirty: true });
      }
    }

    async function flush(): Promise<void> {
      clearTimeout(saveTimer);
      saveTimer = undefined;
      if (!get().dirty) return;
      const draft = snapshot();
      if (!draft) return;
      set({ dirty: false });
      await write(draft);
    }

    /**
     * Pre-fills from the ticket without ever overwriting the agent: a new draft follows the
     * ticket as it is read (sections not typed in); a restored draft only gains sections it
     * never had (after a template change), and keeps every answer it had.
     */
    function applyPrefill() {
      const { ticket, template, draftOrigin, edited, answers } = get();
      if (draftOrigin === 'loading' || !ticket?.context) return;
      const filled = prefill(template, ticket.context, get().choices);
      const next = { ...answers };
      let changed = false;
      for (const { id } of template.sections) {
        if (edited[id] || (draftOrigin === 'restored' && id in answers) || next[id] === filled[id]) continue;
        next[id] = filled[id];
        changed = true;
      }
      if (changed) set({ answers: next });
    }

    /** Shows `template`, letting go only of a new draft's untouched pre-fill: the agent's text stays. */
    function showTemplate(template: Template, notice?: string) {
      const { answers, edited, draftOrigin } = get();
      const inTemplate = new Set(template.sections.map((s) => s.id));
      const kept = Object.fromEntries(
        Object.entries(answers).filter(([id]) => inTemplate.has(id) || edited[id] || draftOrigin === 'restored'),
      );
      set({ template, templateNotice: notice, answers: kept });
      applyPrefill();
    }

    /** Picks the ticket's template again from the current catalog (after a load, an edit, a switch). */
    function resolveTemplate() {
      const { ticket, catalog, catalogLoaded, templateRequest } = get();
      if (!ticket) return;
      const choice = chooseTemplate(catalog, ticket.helpdesk, templateRequest);
      // "No longer exists" is only known once the team's templates have been read.
      showTemplate(choice.template, catalogLoaded ? choice.notice : undefined);
    }

    function scheduleSave() {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => void flush(), autosaveDelay);
    }

    /**
     * Another tab wrote this ticket's draft. Sections the agent changed here since the last
     * write keep this tab's text (the newest keystrokes are here, and the pending save will
     * carry them over there); every other section takes the other tab's. When both changed
     * the same section, the other tab's text is shown apart instead of being dropped.
     */
    async function catchUp(key: string) {
      let theirs: Draft | null;
      try {
        theirs = await deps.drafts.get(key);
      } catch {
        return; // the next write here or there brings the tabs together again
      }
      const state = get();
      if (!theirs || state.ticket?.key !== key || state.draftOrigin === 'loading') return;
      const merged: Record<string, string> = { ...theirs.answers };
      const clashes: OrphanAnswer[] = [];
      for (const [id, mine] of Object.entries(state.answers)) {
        const base = lastSaved[id] ?? '';
        if (!state.edited[id] || mine === base) continue;
        const other = theirs.answers[id];
        if (other !== undefined && other !== base && other !== mine) {
          clashes.push({ id, label: sectionLabel(state.catalog, id), text: other });
        }
        merged[id] = mine;
      }
      lastSaved = { ...theirs.answers };
      set({
        answers: merged,
        insertedAt: theirs.insertedAt ?? state.insertedAt,
        templateRequest: theirs.templateId,
        choices: theirs.extraction ?? state.choices,
        draftOrigin: 'restored',
        syncedFromOtherTab: true,
        otherTabText: [...state.otherTabText.filter((t) => !clashes.some((c) => c.id === t.id)), ...clashes],
      });
      resolveTemplate();
    }

    function openTicket(ticket: TicketView) {
      const { key } = ticket;
      void flush();
      lastSaved = {};
      set({
        ticket,
        templateRequest: undefined,
        template: chooseTemplate(get().catalog, ticket.helpdesk).template,
        templateNotice: undefined,
        answers: {},
        choices: NO_CHOICES,
        draftOrigin: 'loading',
        dirty: false,
        edited: {},
        syncedFromOtherTab: false,
        otherTabText: [],
        insertedAt: undefined,
        save: { state: 'idle' },
        insert: { state: 'idle' },
      });
      const notWritten = unsaved.get(key);
      if (notWritten) {
        set({
          templateRequest: notWritten.templateId,
          answers: notWritten.answers,
          choices: notWritten.extraction ?? NO_CHOICES,
          insertedAt: notWritten.insertedAt,
          draftOrigin: 'restored',
          dirty: true,
          save: { state: 'error', error: 'your last changes to this ticket are not saved yet' },
        });
        resolveTemplate();
        scheduleSave();
        return;
      }
      deps.drafts.get(key).then(
        (draft) => {
          if (get().ticket?.key !== key) return;
          // Shown at once, never held back by the templates: should the team's templates arrive
          // later, applyCatalog moves the draft to its own template or the team's default.
          if (!draft) {
            set({ draftOrigin: 'new' });
            // The templates may have arrived while the draft was looked up: take the team's default.
            resolveTemplate();
            return;
          }
          lastSaved = { ...draft.answers };
          set({
            templateRequest: draft.templateId,
            answers: draft.answers,
            choices: draft.extraction ?? NO_CHOICES,
            insertedAt: draft.insertedAt,
            draftOrigin: 'restored',
          });
          resolveTemplate();
        },
        (error) => {
          if (get().ticket?.key !== key) return;
          set({
            draftOrigin: 'new',
            save: {
              state: 'error',
              error: `couldn't load this ticket's saved draft (${describeStorageError(error)}); what you type now replaces it`,
            },
          });
          resolveTemplate();
        },
      );
    }

    async function sendInsert(ticketId: string, note: { html: string; text: string }): Promise<InsertResult> {
      const requestId = crypto.randomUUID();
      return new Promise<InsertResult>((resolve) => {
        const timer = setTimeout(() => {
          pendingInserts.delete(requestId);
          resolve({ ok: false, reason: 'The page did not answer. Is the ticket tab still open?' });
        }, insertTimeout);
        pendingInserts.set(requestId, (result) => {
          clearTimeout(timer);
          resolve(result);
        });
        deps.bridge.send({ type: 'insert', requestId, ticketId, asInternalNote: get().settings.insertAsInternalNote, ...note });
      });
    }

    function quality() {
      const { ticket, template, answers, choices } = get();
      return assessHandoff({ template, context: ticket?.context, answers, choices });
    }

    function composed(insertedAnyway?: string[]) {
      const { ticket, template, answers } = get();
      const extras: NoteExtras = { checklist: quality().checklist, insertedAnyway };
      return composeNote(template, { ticketId: ticket?.ticketId ?? '' }, answers, extras);
    }

    /** Marks the draft changed by something other than typing in a section (a find dropped, a template chosen). */
    function changed(patch: Partial<PanelState>) {
      set({ ...patch, dirty: true, save: { state: 'pending' }, insert: { state: 'idle' } });
      const staged = snapshot();
      if (staged) deps.drafts.stage?.(staged);
      scheduleSave();
    }

    function findItem(key: string): ExtractedItem | undefined {
      const context = get().ticket?.context;
      if (!context) return undefined;
      const { tried, environment, identifiers } = extractAll(context);
      return [...tried, ...environment, ...identifiers].find((item) => item.key === key);
    }

    /** The find's line as the note has it now: the agent's edit, or Baton's wording. */
    const currentLine = (item: ExtractedItem) => get().choices.edited[item.key] ?? item.found;

    /** Every answer with one find's line replaced (or removed): sections already written keep the rest of their text. */
    function answersWithLine(from: string, to: string | null): Record<string, string> {
      return Object.fromEntries(Object.entries(get().answers).map(([id, text]) => [id, replaceItemLine(text, from, to)]));
    }

    async function performInsert(insertedAnyway?: string[]): Promise<void> {
      const { ticket, template, answers } = get();
      if (!ticket) return;
      set({ insert: { state: 'inserting' } });
      // Composed before any await: a ticket switch meanwhile must not change what goes in.
      const note = composed(insertedAnyway);
      // The note holds the text as of now: edits from here on are not in it.
      const composedAt = now();
      await flush();
      const started = performance.now();
      const result = await sendInsert(ticket.ticketId, note);
      // Read by `npm run bench`: click-to-verified-insert time, including the round trip to the page.
      performance.measure('baton:insert', { start: started, detail: result.ok ? result.strategy : 'failed' });
      if (get().ticket?.key !== ticket.key) return;
      if (result.ok) {
        const at = composedAt;
        set({
          insert: { state: 'inserted', internalNote: result.internalNote, strategy: result.strategy, warning: result.warning },
          insertedAt: at,
        });
        const draft = snapshot();
        // updatedAt = insertedAt marks "nothing since the insert", which lets retention remove the
        // draft later: only true if the agent did not type while the note was going in.
        const untouched = get().answers === answers && get().template === template;
        if (draft) await write({ ...draft, insertedAt: at, updatedAt: untouched ? at : Math.max(draft.updatedAt, at + 1) });
        return;
      }
      try {
        await deps.clipboard.write(note);
        set({ insert: { state: 'clipboard', reason: result.reason } });
      } catch {
        set({ insert: { state: 'failed', reason: result.reason } });
      }
    }

    return {
      open: false,
      ticket: null,
      catalog: BUILT_IN_CATALOG,
      catalogLoaded: false,
      template: BUILT_IN_CATALOG.entries[0].template,
      settings: BUILT_IN_SETTINGS,
      answers: {},
      choices: NO_CHOICES,
      draftOrigin: 'loading',
      dirty: false,
      edited: {},
      syncedFromOtherTab: false,
      otherTabText: [],
      save: { state: 'idle' },
      insert: { state: 'idle' },

      receive(message) {
        if (message.type === 'insertResult') {
          pendingInserts.get(message.requestId)?.(message.result);
          pendingInserts.delete(message.requestId);
          return;
        }
        if (message.state === 'none' || !message.ticketId || !message.host || !message.helpdesk) {
          void flush();
          set({ ticket: null });
          return;
        }
        const key = draftKey(message.helpdesk, message.host, message.ticketId);
        if (get().ticket?.key !== key) {
          openTicket({
            key,
            helpdesk: message.helpdesk,
            host: message.host,
            ticketId: message.ticketId,
            helpdeskLabel: message.helpdeskLabel ?? message.helpdesk,
            noteFormat: message.noteFormat ?? 'html',
          });
        }
        if (message.context) {
          set((state) => (state.ticket ? { ticket: { ...state.ticket, context: message.context } } : {}));
          applyPrefill();
        }
      },

      edit(sectionId, text) {
        if (!get().ticket || get().draftOrigin === 'loading') return;
        set((state) => ({
          answers: { ...state.answers, [sectionId]: text },
          dirty: true,
          edited: { ...state.edited, [sectionId]: true },
          save: { state: 'pending' },
          // A refusal or an "insert anyway?" prompt is about the text as it was: typing moves on from it.
          insert: state.insert.state === 'incomplete' || state.insert.state === 'confirm' ? { state: 'idle' } : state.insert,
        }));
        const staged = snapshot();
        if (staged) deps.drafts.stage?.(staged);
        scheduleSave();
      },

      draftWrittenElsewhere(key) {
        if (get().ticket?.key === key) void catchUp(key);
      },

      applyCatalog(catalog) {
        set({ catalog, catalogLoaded: true });
        // While the draft is still loading, its own template is not known yet.
        if (get().draftOrigin !== 'loading') resolveTemplate();
      },

      switchTemplate(templateId) {
        const { ticket, catalog, draftOrigin, template: current } = get();
        const exists = catalog.entries.some((e) => e.template.id === templateId);
        if (!ticket || draftOrigin === 'loading' || !exists || templateId === current.id) return;
        set({ templateRequest: templateId, dirty: true, save: { state: 'pending' }, insert: { state: 'idle' } });
        resolveTemplate();
        scheduleSave();
      },

      setOpen(open) {
        toggledByAgent = true;
        set({ open });
        sendLayout();
        void deps.prefs.saveOpen(open).catch(() => {
          // Remembering the panel's state is a convenience; failing it must not bother the agent.
        });
      },

      flush,

      async insertNote() {
        const { ticket, template, answers } = get();
        if (!ticket) return;
        const missing = missingRequired(template, answers);
        if (missing.length) {
          set({ insert: { state: 'incomplete', missing } });
          return;
        }
        const { shortfalls } = quality();
        if (shortfalls.length) {
          set({ insert: { state: 'confirm', shortfalls } });
          return;
        }
        await performInsert();
      },

      async insertAnyway() {
        if (!get().ticket || missingRequired(get().template, get().answers).length) return;
        // Recomputed, not taken from the prompt: the agent may have typed since it appeared.
        const { shortfalls } = quality();
        await performInsert(shortfalls.length ? shortfalls : undefined);
      },

      cancelInsert() {
        if (get().insert.state === 'confirm') set({ insert: { state: 'idle' } });
      },

      dropFound(key) {
        const item = findItem(key);
        const { choices, draftOrigin } = get();
        if (!item || draftOrigin === 'loading' || choices.dropped.includes(key)) return;
        const answers = answersWithLine(currentLine(item), null);
        changed({ answers, choices: { ...choices, dropped: [...choices.dropped, key] } });
        applyPrefill();
      },

      editFound(key, text) {
        const item = findItem(key);
        const { choices, draftOrigin } = get();
        const next = text.trim();
        if (!item || draftOrigin === 'loading' || next === '' || next === currentLine(item)) return;
        const answers = answersWithLine(currentLine(item), next);
        changed({ answers, choices: { ...choices, edited: { ...choices.edited, [key]: next } } });
        applyPrefill();
      },

      restoreFound(key) {
        const item = findItem(key);
        const { choices, draftOrigin, template, edited } = get();
        if (!item || draftOrigin === 'loading') return;
        const wasDropped = choices.dropped.includes(key);
        const edits = { ...choices.edited };
        delete edits[key];
        const nextChoices = { dropped: choices.dropped.filter((k) => k !== key), edited: edits };
        // An edited line goes back to Baton's wording where it is; a dropped one is added back at
        // the end of each section the agent has written that is filled from its kind of find.
        let answers = wasDropped ? get().answers : answersWithLine(currentLine(item), item.found);
        if (wasDropped) {
          const source = item.group === 'tried' ? 'agentSteps' : item.group;
          const line = item.group === 'tried' ? `- ${item.found}` : item.found;
          answers = { ...answers };
          for (const section of template.sections) {
            const text = answers[section.id] ?? '';
            if (!section.fill.some((fill) => fill.from === source) || !(edited[section.id] || draftOrigin === 'restored')) continue;
            answers[section.id] = text.trim() ? `${text.replace(/\s+$/u, '')}\n${line}` : line;
          }
        }
        changed({ answers, choices: nextChoices });
        applyPrefill();
      },

      async copyNote() {
        try {
          await deps.clipboard.write(composed());
          set({ insert: { state: 'clipboard', reason: 'Copied on request.' } });
        } catch {
          set({ insert: { state: 'failed', reason: 'The browser refused clipboard access.' } });
        }
      },
    };
  });

  deps.bridge.onMessage((message) => store.getState().receive(message));
  deps.drafts.onWrittenElsewhere?.((key) => store.getState().draftWrittenElsewhere(key));
  void deps.prefs.loadOpen().then(
    (open) => {
      // A click on the toggle before the remembered state arrived is the agent's latest word.
      if (toggledByAgent) return;
      store.setState({ open });
      sendLayout();
    },
    () => undefined,
  );
  const useSettings = (settings: PersonalSettings) => {
    store.setState({ settings });
    sendLayout();
  };
  void config.loadSettings().then(useSettings, () => undefined);
  config.onSettingsChanged(useSettings);
  // Loads can overlap (start, then each change): only the latest one's answer counts.
  let catalogRequest = 0;
  const loadCatalog = () => {
    const request = ++catalogRequest;
    return config.loadCatalog().then(
      (catalog) => {
        if (request === catalogRequest) store.getState().applyCatalog(catalog);
      },
      () => undefined,
    );
  };
  void loadCatalog();
  config.onCatalogChanged(() => void loadCatalog());
  return store;
}

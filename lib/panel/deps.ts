import type { FromPanel, ToPanel } from '../messaging/panelProtocol';
import type { PersonalSettings } from '../settings';
import type { TemplateCatalog } from '../templates/library';
import type { DraftStore } from '../storage/draftRepo';

/** The panel's line to its tab's content script. */
export interface PanelBridge {
  send(message: FromPanel): void;
  /** Subscribes to validated messages; returns the unsubscribe function. */
  onMessage(listener: (message: ToPanel) => void): () => void;
}

export interface PanelPrefs {
  loadOpen(): Promise<boolean>;
  saveOpen(open: boolean): Promise<void>;
}

export interface NoteClipboard {
  write(note: { html: string; text: string }): Promise<void>;
}

/** The team's templates and the agent's settings, live: both can change while a ticket is open. */
export interface PanelConfig {
  loadCatalog(): Promise<TemplateCatalog>;
  loadSettings(): Promise<PersonalSettings>;
  onCatalogChanged(listener: () => void): () => void;
  onSettingsChanged(listener: (settings: PersonalSettings) => void): () => void;
}

/** Everything the panel needs from the outside world; tests pass fakes or fake-indexeddb. */
export interface PanelDeps {
  bridge: PanelBridge;
  drafts: DraftStore;
  prefs: PanelPrefs;
  clipboard: NoteClipboard;
  /** Absent: the built-in template and default settings (tests that are not about them). */
  config?: PanelConfig;
  now?: () => number;
  /** Debounce before an edit is written (ms); the draft must be durable within 500 ms. */
  autosaveDelayMs?: number;
  /** How long to wait for the content script to report an insertion (ms). */
  insertTimeoutMs?: number;
}

import type { TicketContext } from '../context';
import { clip, squash, stripInvisible } from '../text';
import { extractEnvironment } from './environment';
import { extractIdentifiers } from './identifiers';
import { extractTried, formatStep } from './tried';
import type { EnvironmentKind, IdentifierKind, SourceRef } from './types';

export type ExtractedGroup = 'tried' | 'environment' | 'identifiers';

/** One find, as the panel lists it and the note carries it. */
export interface ExtractedItem {
  /** Stable across re-reads of the ticket: what the agent's drop/edit choices refer to. */
  key: string;
  group: ExtractedGroup;
  /** The step's action, or the environment detail's or identifier's value, as found. */
  value: string;
  kind: 'step' | EnvironmentKind | IdentifierKind;
  /** The line as Baton wrote it: "Cleared cache → same error", "Browser: Chrome 120". */
  found: string;
  /** The line as it goes into the note: the agent's edit, or `found`. */
  text: string;
  source: SourceRef;
}

/** The agent's decisions about finds, kept with the draft. */
export interface ExtractionChoices {
  dropped: readonly string[];
  /** key → the agent's text for that line. */
  edited: Readonly<Record<string, string>>;
}
export const NO_CHOICES: ExtractionChoices = { dropped: [], edited: {} };

export interface Extraction {
  tried: ExtractedItem[];
  environment: ExtractedItem[];
  identifiers: ExtractedItem[];
}

const ENVIRONMENT_LABELS: Record<EnvironmentKind, string> = {
  version: 'Version',
  os: 'OS',
  browser: 'Browser',
  device: 'Device',
  network: 'Network',
};

const IDENTIFIER_LABELS: Record<IdentifierKind, string> = {
  account: 'Account',
  user: 'User',
  order: 'Order',
  request: 'Request ID',
  'error-code': 'Error code',
  'error-message': 'Error message',
  url: 'URL',
  time: 'Time',
  other: 'Other',
};

const keyPart = (text: string) => squash(text).toLowerCase();

/** One line of the note: no disguising characters, one line, of a length L2 can read. */
const line = (text: string) => clip(squash(stripInvisible(text)), 300);

const cache = new WeakMap<TicketContext, Extraction>();

/**
 * Everything the extractors find in `context`, before the agent's choices. Remembered per
 * context object: the panel asks on every keystroke, the ticket changes only when read again.
 */
export function extractAll(context: TicketContext): Extraction {
  const known = cache.get(context);
  if (known) return known;
  const tried = extractTried(context).map((step) => {
    const found = line(formatStep(step));
    return { key: `tried:${keyPart(step.action)}`, group: 'tried' as const, value: step.action, kind: 'step' as const, found, text: found, source: step.source };
  });
  const environment = extractEnvironment(context).map((detail) => {
    const found = line(`${ENVIRONMENT_LABELS[detail.kind]}: ${detail.value}`);
    const key = `environment:${detail.kind}:${keyPart(detail.value)}`;
    return { key, group: 'environment' as const, value: detail.value, kind: detail.kind, found, text: found, source: detail.source };
  });
  const identifiers = extractIdentifiers(context).map((id) => {
    const value = id.kind === 'error-message' ? `"${id.value}"` : id.value;
    const found = line(`${IDENTIFIER_LABELS[id.kind]}: ${value}`);
    const key = `identifier:${id.kind}:${keyPart(id.value)}`;
    return { key, group: 'identifiers' as const, value: id.value, kind: id.kind, found, text: found, source: id.source };
  });
  const extraction = { tried, environment, identifiers };
  cache.set(context, extraction);
  return extraction;
}

/** The finds the agent kept, with their edits. */
export function keptItems(items: readonly ExtractedItem[], choices: ExtractionChoices): ExtractedItem[] {
  const dropped = new Set(choices.dropped);
  return items
    .filter((item) => !dropped.has(item.key))
    .map((item) => {
      const edit = choices.edited[item.key];
      return edit === undefined ? item : { ...item, text: line(edit) };
    })
    .filter((item) => item.text !== '');
}

/**
 * `text` with one find's line changed: `from` replaced by `to`, or removed when `to` is null.
 * Lines match ignoring a leading bullet and surrounding space, so a section the agent has
 * reworded elsewhere still loses (or updates) just that line. Other lines stay as they are.
 */
export function replaceItemLine(text: string, from: string, to: string | null): string {
  const target = squash(from);
  const lines = text.split('\n');
  const out: string[] = [];
  for (const current of lines) {
    const bullet = /^\s*(?:[-*•]\s+)?/u.exec(current)?.[0] ?? '';
    if (squash(current.slice(bullet.length)) !== target) {
      out.push(current);
      continue;
    }
    if (to !== null) out.push(`${bullet}${to}`);
  }
  return out.join('\n');
}

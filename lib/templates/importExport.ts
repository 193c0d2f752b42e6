import { type HelpdeskId, HelpdeskIdSchema } from '../context';
import { describeIssues } from '../validationMessages';
import { MAX_TEMPLATES, migrateLibrary, type TemplateLibrary, TemplateLibrarySchema } from './library';
import { type Section, TEMPLATE_SCHEMA_VERSION, type Template } from './template';

/**
 * Team leads share templates as JSON files. This module writes those files, reads them back
 * (whatever is in them: a file can come from anywhere) and works out what an import changes.
 */

/** A real library is a few hundred KB at most; anything bigger is not worth reading into memory. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const SUPPORTED_FILE_VERSIONS = [1, TEMPLATE_SCHEMA_VERSION] as const;
/** A hostile key can be a megabyte long and ends up in a message; nobody needs more than this. */
const MAX_PROBLEM_LENGTH = 200;

// ---------------------------------------------------------------------------------------------
// Export

export interface ExportFile {
  fileName: string;
  text: string;
  /** False when even the compact file is over MAX_IMPORT_BYTES, so Baton could not import it back. */
  importable: boolean;
}

/** `baton-templates-2025-03-14.json`, by the team lead's own calendar. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `baton-templates-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** The team's own templates as a file; the caller passes only personal templates, never managed ones. */
export function exportLibrary(library: TemplateLibrary, now: Date = new Date()): ExportFile {
  // Written field by field so the file has a stable shape whatever else the object carries.
  const file = { schemaVersion: TEMPLATE_SCHEMA_VERSION, templates: library.templates, defaults: library.defaults };
  const pretty = `${JSON.stringify(file, null, 2)}\n`;
  // Readable when it fits; a library at every limit only fits compact, and still may not.
  const text = utf8ByteLength(pretty) <= MAX_IMPORT_BYTES ? pretty : `${JSON.stringify(file)}\n`;
  return { fileName: exportFileName(now), text, importable: utf8ByteLength(text) <= MAX_IMPORT_BYTES };
}

// ---------------------------------------------------------------------------------------------
// Import: reading a file

export type ImportFileResult =
  | { ok: true; library: TemplateLibrary; fromVersion: (typeof SUPPORTED_FILE_VERSIONS)[number] }
  | { ok: false; problems: string[] };

function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one four-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Rounded up, so a file just over the limit never reads as "1.0 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;
}

/** The problem with a file of this size, or null. Callers with a File check this before reading it. */
export function fileSizeProblem(bytes: number): string | null {
  return bytes > MAX_IMPORT_BYTES ? `(file): is ${formatFileSize(bytes)}; Baton imports template files of at most 1 MB` : null;
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** Engines word JSON errors differently: V8 gives a position, Firefox a line and column, Safari neither. */
function jsonProblem(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/u.exec(message);
  const position = /position (\d+)/u.exec(message);
  const where = lineColumn
    ? `line ${lineColumn[1]}, column ${lineColumn[2]}`
    : position
      ? lineAndColumn(text, Number(position[1]))
      : null;
  return where ? `(file): is not valid JSON (the error is at ${where})` : '(file): is not valid JSON';
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

function versionProblem(file: object): string | null {
  const supported = `supported versions are ${SUPPORTED_FILE_VERSIONS.join(' and ')}`;
  if (!Object.hasOwn(file, 'schemaVersion')) return `schemaVersion: is missing; ${supported}`;
  const version = (file as { schemaVersion: unknown }).schemaVersion;
  if ((SUPPORTED_FILE_VERSIONS as readonly unknown[]).includes(version)) return null;
  if (typeof version === 'number') {
    const newer = version > TEMPLATE_SCHEMA_VERSION ? ' (the file may come from a newer Baton)' : '';
    return `schemaVersion: version ${version} is not supported; ${supported}${newer}`;
  }
  return `schemaVersion: must be a number, not ${kindOf(version)}; ${supported}`;
}

function clip(line: string): string {
  return line.length > MAX_PROBLEM_LENGTH ? `${line.slice(0, MAX_PROBLEM_LENGTH - 1)}…` : line;
}

function readFile(text: string): ImportFileResult {
  const sizeProblem = fileSizeProblem(utf8ByteLength(text));
  if (sizeProblem) return { ok: false, problems: [sizeProblem] };
  // Editors on Windows like to start UTF-8 files with a byte-order mark, which JSON.parse refuses.
  const json = text.replace(/^\uFEFF/u, '');
  if (!json.trim()) return { ok: false, problems: ['(file): is empty'] };
  let raw: unknown;
  try {
    // JSON.parse only ever makes plain data: a "__proto__" key becomes an own property, and
    // the schema below copies known keys only, so nothing reaches Object.prototype.
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [jsonProblem(error, json)] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [`(file): must be an object with schemaVersion, templates and defaults, not ${kindOf(raw)}`] };
  }
  const versionIssue = versionProblem(raw);
  if (versionIssue) return { ok: false, problems: [versionIssue] };
  // Said up front: otherwise the count would hide behind the problems of thousands of templates.
  const templates = Object.hasOwn(raw, 'templates') ? (raw as { templates: unknown }).templates : undefined;
  if (Array.isArray(templates) && templates.length > MAX_TEMPLATES) {
    return { ok: false, problems: [`templates: the file has ${templates.length} templates; Baton keeps at most ${MAX_TEMPLATES}`] };
  }
  const fromVersion = (raw as { schemaVersion: 1 | 2 }).schemaVersion;
  const parsed = TemplateLibrarySchema.safeParse(migrateLibrary(raw), { reportInput: true });
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues).map(clip) };
  return { ok: true, library: parsed.data, fromVersion };
}

/**
 * Reads an import file. Never throws: every problem comes back as a "path: reason" line
 * for the team lead, and a file with any problem is refused whole.
 */
export function parseImportFile(text: string): ImportFileResult {
  try {
    return readFile(text);
  } catch {
    // Nothing above is known to throw; this keeps a hostile file from ever breaking the page.
    return { ok: false, problems: ['(file): could not be read as a template file'] };
  }
}

// ---------------------------------------------------------------------------------------------
// Import: what it would change

export interface TemplateReplacement {
  before: Template;
  after: Template;
  /** Short, human: `renamed from "A" to "B"`, `section "Tried" added`. */
  differences: string[];
}

export interface DefaultChange {
  helpdesk: HelpdeskId;
  /** Template ids; `from` is absent when the helpdesk used the first template. */
  from: string | undefined;
  to: string;
}

export interface ImportPlan {
  incoming: TemplateLibrary;
  managedIds: string[];
  added: Template[];
  replaced: TemplateReplacement[];
  unchanged: Template[];
  /** The organisation's policy has a template with this id, which always wins: importing it would do nothing. */
  skippedManaged: Template[];
  defaultChanges: DefaultChange[];
  /** Defaults naming a skipped template that is not among the team's own, so they cannot be stored. */
  skippedDefaults: DefaultChange[];
  templateCountAfter: number;
  /** Why this import must not go ahead, or null. */
  refusal: string | null;
  changesNothing: boolean;
}

/** Structural equality for parsed JSON data (objects, lists, text, numbers, booleans, null). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

const SECTION_FIELD_NAMES: Record<Exclude<keyof Section, 'id' | 'label'>, string> = {
  prompt: 'prompt',
  example: 'example',
  required: 'required',
  wordLimit: 'word limit',
  kind: 'answer type',
  fill: 'pre-fill',
  role: 'role in the handoff',
};

function sectionDifference(before: Section, after: Section): string | null {
  const changed = (Object.keys(SECTION_FIELD_NAMES) as (keyof typeof SECTION_FIELD_NAMES)[])
    .filter((field) => !sameData(before[field], after[field]))
    .map((field) => SECTION_FIELD_NAMES[field]);
  const renamed = before.label !== after.label;
  if (!renamed && changed.length === 0) return null;
  const name = renamed ? `section "${before.label}" renamed to "${after.label}"` : `section "${after.label}"`;
  if (changed.length === 0) return name;
  return `${name}${renamed ? ' and' : ''} changed: ${changed.join(', ')}`;
}

/** What a team lead needs to judge a replacement, one line per change. */
export function describeDifferences(before: Template, after: Template): string[] {
  const differences: string[] = [];
  if (before.name !== after.name) differences.push(`renamed from "${before.name}" to "${after.name}"`);
  const beforeById = new Map(before.sections.map((s) => [s.id, s]));
  const afterIds = new Set(after.sections.map((s) => s.id));
  for (const section of after.sections) {
    const old = beforeById.get(section.id);
    if (!old) differences.push(`section "${section.label}" added`);
    else {
      const difference = sectionDifference(old, section);
      if (difference) differences.push(difference);
    }
  }
  for (const section of before.sections) {
    if (!afterIds.has(section.id)) differences.push(`section "${section.label}" removed`);
  }
  const keptBefore = before.sections.filter((s) => afterIds.has(s.id)).map((s) => s.id);
  const keptAfter = after.sections.filter((s) => beforeById.has(s.id)).map((s) => s.id);
  if (!sameData(keptBefore, keptAfter)) differences.push('sections reordered');
  if (!sameData(before.quality.checklist, after.quality.checklist)) differences.push('missing-data checklist changed');
  if (before.quality.minimumScore !== after.quality.minimumScore) {
    differences.push(`minimum completeness score ${before.quality.minimumScore} → ${after.quality.minimumScore}`);
  }
  // Every field of a template is covered above; this only guards against a schema that grows.
  if (differences.length === 0 && !sameData(before, after)) differences.push('changed');
  return differences;
}

function tooManyRefusal(count: number): string {
  return `After this import there would be ${count} templates, and Baton keeps at most ${MAX_TEMPLATES}. Remove ${count - MAX_TEMPLATES} first, or import a smaller file.`;
}

/**
 * What importing `incoming` into the team's own library would do. Nothing is ever deleted:
 * a template with a known id replaces it, a new id is added, and a managed id is skipped.
 */
export function planImport(current: TemplateLibrary, incoming: TemplateLibrary, managedIds: readonly string[]): ImportPlan {
  const managed = new Set(managedIds);
  const currentById = new Map(current.templates.map((t) => [t.id, t]));
  const plan: ImportPlan = {
    incoming,
    managedIds: [...managedIds],
    added: [],
    replaced: [],
    unchanged: [],
    skippedManaged: [],
    defaultChanges: [],
    skippedDefaults: [],
    templateCountAfter: 0,
    refusal: null,
    changesNothing: false,
  };
  for (const template of incoming.templates) {
    const before = currentById.get(template.id);
    if (managed.has(template.id)) plan.skippedManaged.push(template);
    else if (!before) plan.added.push(template);
    else if (sameData(before, template)) plan.unchanged.push(template);
    else plan.replaced.push({ before, after: template, differences: describeDifferences(before, template) });
  }
  const idsAfter = new Set([...currentById.keys(), ...plan.added.map((t) => t.id)]);
  for (const helpdesk of HelpdeskIdSchema.options) {
    const to = incoming.defaults[helpdesk];
    const from = current.defaults[helpdesk];
    if (to === undefined || to === from) continue;
    (idsAfter.has(to) ? plan.defaultChanges : plan.skippedDefaults).push({ helpdesk, from, to });
  }
  plan.templateCountAfter = idsAfter.size;
  if (plan.templateCountAfter > MAX_TEMPLATES) plan.refusal = tooManyRefusal(plan.templateCountAfter);
  plan.changesNothing = plan.added.length === 0 && plan.replaced.length === 0 && plan.defaultChanges.length === 0;
  return plan;
}

/**
 * The team's library with the plan applied. Merges by id, so it stays right even if `current`
 * changed since the plan was made. Throws for a refused plan: the page never offers to confirm one.
 */
export function applyImport(current: TemplateLibrary, plan: ImportPlan): TemplateLibrary {
  if (plan.refusal) throw new Error(plan.refusal);
  const templates = [...current.templates];
  for (const template of [...plan.replaced.map((r) => r.after), ...plan.added]) {
    const index = templates.findIndex((t) => t.id === template.id);
    if (index === -1) templates.push(template);
    else templates[index] = template;
  }
  if (templates.length > MAX_TEMPLATES) throw new Error(tooManyRefusal(templates.length));
  const defaults = { ...current.defaults };
  for (const { helpdesk, to } of plan.defaultChanges) {
    if (templates.some((t) => t.id === to)) defaults[helpdesk] = to;
  }
  return { schemaVersion: TEMPLATE_SCHEMA_VERSION, templates, defaults };
}

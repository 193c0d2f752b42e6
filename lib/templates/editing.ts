/**
 * Pure, immutable edits of a team's template library, as the options page makes them.
 * Every function returns a new value and leaves its input alone, so the UI can keep the
 * saved library and a working copy side by side and compare them.
 */
import type { HelpdeskId } from '../context';
import { describeIssues, formatPath } from '../validationMessages';
import { READY_BLOCKS } from './blocks';
import { MAX_TEMPLATES, type TemplateLibrary } from './library';
import {
  DEFAULT_TEMPLATE,
  type FillSource,
  type FillSourceKind,
  MAX_SECTIONS,
  type Section,
  SectionSchema,
  type Template,
  TEMPLATE_SCHEMA_VERSION,
  TemplateSchema,
} from './template';

export type EditResult<T> = { ok: true; value: T } | { ok: false; error: string };
export type Direction = 'up' | 'down';

/** The schema's limit on fill sources per section. */
export const MAX_FILL_SOURCES = 10;
/** The schema's limit on a template name. */
export const MAX_NAME_LENGTH = 80;

const ok = <T>(value: T): EditResult<T> => ({ ok: true, value });
const refuse = <T>(error: string): EditResult<T> => ({ ok: false, error });

/** `items` with the element at `index` swapped with its neighbour; unchanged at the ends. */
export function moveItem<T>(items: readonly T[], index: number, direction: Direction): T[] {
  const target = direction === 'up' ? index - 1 : index + 1;
  const next = [...items];
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return next;
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
function firstFree(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Lower-case letters, digits and single dashes, accents dropped ("Café escalation" →
 * "cafe-escalation"). Short enough that a "-NNN" suffix still fits TEMPLATE_ID_PATTERN.
 */
export function slugify(name: string, maxLength = 56): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/gu, '');
}

/** An id for a template called `name` that no template in `taken` has. */
export function templateIdFor(name: string, taken: Iterable<string>): string {
  return firstFree(slugify(name) || 'template', new Set(taken));
}

/** Section ids must start with a letter (SECTION_ID_PATTERN) and stay within 40 characters. */
function sectionIdFor(base: string, template: Template): string {
  const slug = slugify(base, 32);
  return firstFree(/^[a-z]/u.test(slug) ? slug : `section-${slug}`.replace(/-$/u, ''), new Set(template.sections.map((s) => s.id)));
}

/** Checks a template name the same way the schema will, and says what is wrong in its words. */
export function checkTemplateName(name: string): EditResult<string> {
  const parsed = TemplateSchema.shape.name.safeParse(name);
  if (parsed.success) return ok(parsed.data);
  return refuse(describeIssues(parsed.error.issues, ['name'], 1)[0].replace(/^name: /u, ''));
}

function withTemplates(library: TemplateLibrary, templates: Template[]): TemplateLibrary {
  return { ...library, templates };
}

/** Ids a new template must avoid: the library's own and any the organisation's policy uses. */
function takenIds(library: TemplateLibrary, reservedIds: readonly string[]): string[] {
  return [...library.templates.map((t) => t.id), ...reservedIds];
}

export interface AddedTemplate {
  library: TemplateLibrary;
  template: Template;
}

/**
 * A new template, appended to the library. It starts from the standard five sections
 * because a team lead adapts that structure far more often than starting from nothing,
 * and a template with no section would not be valid. `reservedIds` are the managed
 * templates' ids: a personal template with one of those would be hidden behind it.
 */
export function createTemplate(library: TemplateLibrary, name: string, reservedIds: readonly string[] = []): EditResult<AddedTemplate> {
  if (library.templates.length >= MAX_TEMPLATES) return refuse(`A library holds at most ${MAX_TEMPLATES} templates.`);
  const checked = checkTemplateName(name);
  if (!checked.ok) return checked;
  const template: Template = {
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id: templateIdFor(checked.value, takenIds(library, reservedIds)),
    name: checked.value,
    sections: structuredClone(DEFAULT_TEMPLATE.sections),
    quality: structuredClone(DEFAULT_TEMPLATE.quality),
  };
  return ok({ library: withTemplates(library, [...library.templates, template]), template });
}

/** "Copy of X", or "Copy of X (2)" when that name is in the library already. */
function copyName(name: string, library: TemplateLibrary): string {
  const names = new Set(library.templates.map((t) => t.name));
  const base = `Copy of ${name}`.slice(0, MAX_NAME_LENGTH - 4).trim();
  if (!names.has(base)) return base;
  for (let n = 2; ; n += 1) if (!names.has(`${base} (${n})`)) return `${base} (${n})`;
}

/**
 * A personal copy of `source`, placed right after it (or at the end when the source is a
 * managed template, which is not in the library).
 */
export function duplicateTemplate(library: TemplateLibrary, source: Template, reservedIds: readonly string[] = []): EditResult<AddedTemplate> {
  if (library.templates.length >= MAX_TEMPLATES) return refuse(`A library holds at most ${MAX_TEMPLATES} templates.`);
  const name = copyName(source.name, library);
  const template: Template = { ...structuredClone(source), id: templateIdFor(name, takenIds(library, reservedIds)), name };
  const at = library.templates.findIndex((t) => t.id === source.id);
  const templates = [...library.templates];
  templates.splice(at === -1 ? templates.length : at + 1, 0, template);
  return ok({ library: withTemplates(library, templates), template });
}

/** The id stays: drafts and defaults refer to templates by id. */
export function renameTemplate(library: TemplateLibrary, id: string, name: string): EditResult<TemplateLibrary> {
  if (!library.templates.some((t) => t.id === id)) return refuse('That template is no longer in the library.');
  const checked = checkTemplateName(name);
  if (!checked.ok) return checked;
  return ok(withTemplates(library, library.templates.map((t) => (t.id === id ? { ...t, name: checked.value } : t))));
}

/**
 * Removes a template. A helpdesk that started with it loses its default and falls back to
 * the first template in the list, as resolveCatalog does for any default it cannot find.
 */
export function deleteTemplate(library: TemplateLibrary, id: string): EditResult<TemplateLibrary> {
  const template = library.templates.find((t) => t.id === id);
  if (!template) return refuse('That template is no longer in the library.');
  if (library.templates.length === 1) return refuse(`“${template.name}” is your only template; a library needs at least one.`);
  const defaults = Object.fromEntries(Object.entries(library.defaults).filter(([, templateId]) => templateId !== id));
  return ok({ ...library, templates: library.templates.filter((t) => t.id !== id), defaults });
}

export function moveTemplate(library: TemplateLibrary, id: string, direction: Direction): TemplateLibrary {
  return withTemplates(library, moveItem(library.templates, library.templates.findIndex((t) => t.id === id), direction));
}

/** Puts a saved working copy back in its place, or appends it if it is new. */
export function putTemplate(library: TemplateLibrary, template: Template): TemplateLibrary {
  const exists = library.templates.some((t) => t.id === template.id);
  return withTemplates(library, exists ? library.templates.map((t) => (t.id === template.id ? template : t)) : [...library.templates, template]);
}

export interface SavedWorkingCopy {
  library: TemplateLibrary;
  /**
   * Set when nothing was put back because the stored template is no longer the version the
   * editing started from: what is stored now instead (`null`: it was deleted). `library` is
   * then the input, unchanged.
   */
  conflict?: { theirs: Template | null };
}

/**
 * Puts a working copy back, unless its template changed in the library since the editing
 * began (an import, another window). `base` is the version the working copy started from,
 * `null` for a template that was not stored then. Replacing a changed template would lose
 * the other change without anyone noticing, so that is left to the lead to decide.
 */
export function saveWorkingCopy(library: TemplateLibrary, template: Template, base: Template | null): SavedWorkingCopy {
  const stored = library.templates.find((t) => t.id === template.id);
  if (!sameTemplate(stored, base ?? undefined)) return { library, conflict: { theirs: stored ?? null } };
  return { library: putTemplate(library, template) };
}

/** `null` clears the choice, leaving the helpdesk on the first template in the list. */
export function setDefaultTemplate(library: TemplateLibrary, helpdesk: HelpdeskId, id: string | null): EditResult<TemplateLibrary> {
  const defaults = { ...library.defaults };
  if (id === null) {
    delete defaults[helpdesk];
    return ok({ ...library, defaults });
  }
  // The library schema only accepts defaults that name one of its own templates.
  if (!library.templates.some((t) => t.id === id)) return refuse('Only one of your own templates can be a default here.');
  return ok({ ...library, defaults: { ...defaults, [helpdesk]: id } });
}

// ---- Sections of a working copy -------------------------------------------------------

export interface AddedSection {
  template: Template;
  section: Section;
}

function withSections(template: Template, sections: Section[]): Template {
  return { ...template, sections };
}

function appendSection(template: Template, section: Section): EditResult<AddedSection> {
  if (template.sections.length >= MAX_SECTIONS) return refuse(`A template has at most ${MAX_SECTIONS} sections.`);
  return ok({ template: withSections(template, [...template.sections, section]), section });
}

/** A section the agent writes, named so it is valid as it stands; the lead renames it. */
export function addBlankSection(template: Template): EditResult<AddedSection> {
  return appendSection(template, {
    id: sectionIdFor('section', template),
    label: 'New section',
    prompt: '',
    example: '',
    required: false,
    wordLimit: 100,
    kind: 'text',
    fill: [],
  });
}

/** One of READY_BLOCKS, with its id suffixed when the template already has a section by that id. */
export function addReadyBlock(template: Template, blockId: string): EditResult<AddedSection> {
  const block = READY_BLOCKS.find((b) => b.id === blockId);
  if (!block) return refuse(`There is no ready block called “${blockId}”.`);
  const section = SectionSchema.parse(block.section);
  return appendSection(template, { ...section, id: sectionIdFor(section.id, template) });
}

export function removeSection(template: Template, sectionId: string): EditResult<Template> {
  if (!template.sections.some((s) => s.id === sectionId)) return refuse('That section is no longer in the template.');
  if (template.sections.length === 1) return refuse('A template needs at least one section.');
  return ok(withSections(template, template.sections.filter((s) => s.id !== sectionId)));
}

export function moveSection(template: Template, sectionId: string, direction: Direction): Template {
  return withSections(template, moveItem(template.sections, template.sections.findIndex((s) => s.id === sectionId), direction));
}

/** Everything about a section a team lead edits; the id is not, since drafts store answers by it. */
export type SectionPatch = Partial<Omit<Section, 'id'>>;

/**
 * Changes fields of one section. A case-type or checklist section is always answered by the
 * agent (prefill leaves it empty), so switching to one of those kinds drops its fill sources
 * rather than keeping settings that would silently do nothing.
 */
export function updateSection(template: Template, sectionId: string, patch: SectionPatch): Template {
  return withSections(
    template,
    template.sections.map((section) => {
      if (section.id !== sectionId) return section;
      const next = { ...section, ...patch };
      // "No role" is the field left out, as in a saved template, so it compares equal to one.
      if (next.role === undefined) delete next.role;
      return next.kind === 'text' ? next : { ...next, fill: [] };
    }),
  );
}

// ---- Fill sources of a section --------------------------------------------------------

/** A source of `kind`, carrying over a field name when both kinds take one. */
export function fillSourceOf(kind: FillSourceKind, name = ''): FillSource {
  if (kind === 'organizationField' || kind === 'customField') return { from: kind, name };
  return { from: kind } as FillSource;
}

export function sourceName(source: FillSource): string {
  return 'name' in source ? source.name : '';
}

function withFill(template: Template, sectionId: string, change: (fill: FillSource[]) => FillSource[]): Template {
  const section = template.sections.find((s) => s.id === sectionId);
  return section ? updateSection(template, sectionId, { fill: change(section.fill) }) : template;
}

export function addFillSource(template: Template, sectionId: string, source: FillSource): EditResult<Template> {
  const section = template.sections.find((s) => s.id === sectionId);
  if (!section) return refuse('That section is no longer in the template.');
  if (section.kind !== 'text') return refuse('Only free-text sections can be filled from the ticket.');
  if (section.fill.length >= MAX_FILL_SOURCES) return refuse(`A section can be filled from at most ${MAX_FILL_SOURCES} sources.`);
  return ok(withFill(template, sectionId, (fill) => [...fill, source]));
}

export function replaceFillSource(template: Template, sectionId: string, index: number, source: FillSource): Template {
  return withFill(template, sectionId, (fill) => fill.map((s, i) => (i === index ? source : s)));
}

/** Removing the last source makes the section agent-written again. */
export function removeFillSource(template: Template, sectionId: string, index: number): Template {
  return withFill(template, sectionId, (fill) => fill.filter((_, i) => i !== index));
}

export function moveFillSource(template: Template, sectionId: string, index: number, direction: Direction): Template {
  return withFill(template, sectionId, (fill) => moveItem(fill, index, direction));
}

// ---- Validation -----------------------------------------------------------------------

/** Error messages keyed by the field's path, as formatPath writes it: "name", "sections[2].label". */
export type FieldErrors = Record<string, string>;

export type TemplateValidation = { ok: true; template: Template } | { ok: false; errors: FieldErrors };

/**
 * A number field left empty or holding a fraction reaches the schema as NaN or 2.5; its
 * generic "must be a whole number" reads better said once, with the range.
 */
const WORD_LIMIT_MESSAGE = 'enter a whole number from 1 to 2000';
const MINIMUM_SCORE_MESSAGE = 'enter a whole number from 0 to 100';

/**
 * Checks a working copy with the same schema storage uses. On success the parsed template
 * (names and labels trimmed) is what should be saved; on failure, the first problem per field.
 */
export function validateTemplate(template: Template): TemplateValidation {
  const parsed = TemplateSchema.safeParse(template);
  if (parsed.success) return { ok: true, template: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = formatPath(issue.path);
    if (path in errors) continue;
    const line = describeIssues([issue], [], 1)[0];
    const last = issue.path.at(-1);
    errors[path] =
      last === 'wordLimit' ? WORD_LIMIT_MESSAGE : last === 'minimumScore' ? MINIMUM_SCORE_MESSAGE : line.slice(path.length + 2);
  }
  return { ok: false, errors };
}

/** Path of one section field, in the form validateTemplate keys its errors by. */
export function sectionFieldPath(sectionIndex: number, field: keyof Section): string {
  return formatPath(['sections', sectionIndex, field]);
}

export function fillNamePath(sectionIndex: number, sourceIndex: number): string {
  return formatPath(['sections', sectionIndex, 'fill', sourceIndex, 'name']);
}

/** Compares by content: a working copy edited back to what was saved is not a change. */
export function sameTemplate(a: Template | undefined, b: Template | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

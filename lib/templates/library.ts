import { type HelpdeskId, HelpdeskIdSchema } from '../context';
import { z } from '../zod';
import { DEFAULT_TEMPLATE, migrateTemplate, TEMPLATE_ID_PATTERN, TEMPLATE_SCHEMA_VERSION, type Template, TemplateSchema } from './template';

export const MAX_TEMPLATES = 50;

const TemplateIdSchema = z.string().check(z.regex(TEMPLATE_ID_PATTERN, 'not a template id'));

/**
 * A team's templates and which one each helpdesk starts with. The same shape is stored
 * locally, written to an export file and read back by import.
 */
export const TemplateLibrarySchema = z
  .object({
    schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
    templates: z
      .array(TemplateSchema)
      .check(
        z.minLength(1, 'there must be at least one template'),
        z.maxLength(MAX_TEMPLATES),
        z.refine((templates) => new Set(templates.map((t) => t.id)).size === templates.length, 'template ids must be unique'),
      ),
    defaults: z._default(z.partialRecord(HelpdeskIdSchema, TemplateIdSchema), {}),
  })
  .check(
    z.refine(
      (library) => Object.values(library.defaults).every((id) => library.templates.some((t) => t.id === id)),
      { message: 'a default names a template that is not in the file', path: ['defaults'] },
    ),
  );
export type TemplateLibrary = z.infer<typeof TemplateLibrarySchema>;

export const DEFAULT_LIBRARY: TemplateLibrary = { schemaVersion: TEMPLATE_SCHEMA_VERSION, templates: [DEFAULT_TEMPLATE], defaults: {} };

/** A library written with an older schema, brought up to date before validation. */
export function migrateLibrary(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const file = raw as { schemaVersion?: unknown; templates?: unknown };
  if (file.schemaVersion !== 1) return raw;
  const templates = Array.isArray(file.templates) ? file.templates.map(migrateTemplate) : file.templates;
  return { ...raw, schemaVersion: TEMPLATE_SCHEMA_VERSION, templates };
}

export interface CatalogEntry {
  template: Template;
  /** Pushed by the organisation's browser policy: read-only on the options page. */
  managed: boolean;
}

/** What the panel and the options page work from: personal and managed templates together. */
export interface TemplateCatalog {
  entries: CatalogEntry[];
  /** The template each helpdesk starts a new draft with. */
  defaults: Record<HelpdeskId, string>;
  /** Defaults set by policy, which the team lead cannot change here. */
  managedDefaults: HelpdeskId[];
  /** The policy allows only its own templates. */
  locked: boolean;
}

export interface ManagedTemplates {
  templates: Template[];
  defaults: Partial<Record<HelpdeskId, string>>;
  locked: boolean;
}

/**
 * Managed templates come first and win an id clash; under a lock, personal templates are
 * set aside (kept in storage, not offered). There is always at least one template.
 */
export function resolveCatalog(personal: TemplateLibrary, managed: ManagedTemplates | null): TemplateCatalog {
  const managedEntries = (managed?.templates ?? []).map((template) => ({ template, managed: true }));
  const managedIds = new Set(managedEntries.map((e) => e.template.id));
  const locked = Boolean(managed?.locked && managedEntries.length);
  const personalEntries = locked
    ? []
    : personal.templates.filter((t) => !managedIds.has(t.id)).map((template) => ({ template, managed: false }));
  const entries = [...managedEntries, ...personalEntries];
  if (entries.length === 0) entries.push({ template: DEFAULT_TEMPLATE, managed: false });
  const has = (id: string | undefined): id is string => id !== undefined && entries.some((e) => e.template.id === id);
  const managedDefaults: HelpdeskId[] = [];
  const defaults = Object.fromEntries(
    HelpdeskIdSchema.options.map((helpdesk) => {
      const fromPolicy = managed?.defaults[helpdesk];
      if (has(fromPolicy)) {
        managedDefaults.push(helpdesk);
        return [helpdesk, fromPolicy];
      }
      const own = personal.defaults[helpdesk];
      return [helpdesk, has(own) ? own : entries[0].template.id];
    }),
  ) as Record<HelpdeskId, string>;
  return { entries, defaults, managedDefaults, locked };
}

/** The template a ticket's draft uses: the one it was written with if it still exists, else the default. */
export function pickTemplate(catalog: TemplateCatalog, helpdesk: HelpdeskId, preferredId?: string): Template {
  const byId = (id: string | undefined) => catalog.entries.find((e) => e.template.id === id)?.template;
  return byId(preferredId) ?? byId(catalog.defaults[helpdesk]) ?? catalog.entries[0].template;
}

import type { HelpdeskId } from '../context';
import type { TemplateCatalog } from '../templates/library';
import { pickTemplate } from '../templates/library';
import { DEFAULT_TEMPLATE, type Template } from '../templates/template';
import { DEFAULT_SETTINGS } from '../settings';

/** Used until (or if never) the stored templates load: the panel must work without them. */
export const BUILT_IN_CATALOG: TemplateCatalog = {
  entries: [{ template: DEFAULT_TEMPLATE, managed: false }],
  defaults: { zendesk: DEFAULT_TEMPLATE.id, freshdesk: DEFAULT_TEMPLATE.id, jira: DEFAULT_TEMPLATE.id },
  managedDefaults: [],
  locked: false,
};

export const BUILT_IN_SETTINGS = DEFAULT_SETTINGS;

export interface TemplateChoice {
  template: Template;
  /** Said to the agent when the draft's own template could not be used. */
  notice?: string;
}

/** The template for a ticket: the draft's own if it still exists, else the helpdesk's default. */
export function chooseTemplate(catalog: TemplateCatalog, helpdesk: HelpdeskId, draftTemplateId?: string): TemplateChoice {
  const template = pickTemplate(catalog, helpdesk, draftTemplateId);
  if (!draftTemplateId || template.id === draftTemplateId) return { template };
  return {
    template,
    notice: `This draft was written with a template that no longer exists ("${draftTemplateId}"). It is shown with "${template.name}"; text from sections this template lacks is kept below.`,
  };
}

/** A section's label in any of the team's templates, else its id made readable. */
export function sectionLabel(catalog: TemplateCatalog, id: string): string {
  return catalog.entries.flatMap((e) => e.template.sections).find((s) => s.id === id)?.label ?? id.replace(/-/gu, ' ');
}

export interface OrphanAnswer {
  id: string;
  label: string;
  text: string;
}

/**
 * Text the agent wrote for sections the current template does not have (another template,
 * or an older version of this one). Never dropped: shown apart, kept in the draft.
 */
export function orphanAnswers(template: Template, answers: Record<string, string>, catalog: TemplateCatalog): OrphanAnswer[] {
  const inTemplate = new Set(template.sections.map((s) => s.id));
  const labelOf = (id: string) => sectionLabel(catalog, id);
  return Object.entries(answers)
    .filter(([id, text]) => !inTemplate.has(id) && text.trim() !== '')
    .map(([id, text]) => ({ id, label: labelOf(id), text }));
}

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '@/lib/settings';
import {
  DEFAULT_LIBRARY,
  type ManagedTemplates,
  pickTemplate,
  resolveCatalog,
  type TemplateLibrary,
  TemplateLibrarySchema,
} from '@/lib/templates/library';
import { NO_POLICY, parseManagedPolicy } from '@/lib/templates/managedPolicy';
import { DEFAULT_TEMPLATE, type Template, TemplateSchema } from '@/lib/templates/template';
import { describeIssues, formatPath } from '@/lib/validationMessages';
import { z } from '@/lib/zod';

function template(id: string, name = `Template ${id}`): Template {
  return TemplateSchema.parse({
    schemaVersion: 2,
    id,
    name,
    sections: [{ id: 'only', label: 'Only', prompt: '', example: '', required: false, wordLimit: 100 }],
  });
}

function personal(templates: Template[], defaults: TemplateLibrary['defaults'] = {}): TemplateLibrary {
  return TemplateLibrarySchema.parse({ schemaVersion: 2, templates, defaults });
}

function managed(templates: Template[], options: Partial<ManagedTemplates> = {}): ManagedTemplates {
  return { templates, defaults: {}, locked: false, ...options };
}

const entryIds = (catalog: ReturnType<typeof resolveCatalog>) => catalog.entries.map((e) => `${e.template.id}${e.managed ? ' (managed)' : ''}`);

describe('resolveCatalog', () => {
  it('offers the personal templates, with their defaults or the first one, when there is no policy', () => {
    const catalog = resolveCatalog(personal([template('a'), template('b')], { jira: 'b' }), null);
    expect(entryIds(catalog)).toEqual(['a', 'b']);
    expect(catalog.defaults).toEqual({ zendesk: 'a', freshdesk: 'a', jira: 'b' });
    expect(catalog.managedDefaults).toEqual([]);
    expect(catalog.locked).toBe(false);
  });

  it('puts managed templates first, and the managed one wins an id clash', () => {
    const policyB = template('b', 'Beta from policy');
    const catalog = resolveCatalog(personal([template('a'), template('b', 'My beta')]), managed([policyB, template('c')]));
    expect(entryIds(catalog)).toEqual(['b (managed)', 'c (managed)', 'a']);
    expect(catalog.entries[0].template).toBe(policyB);
  });

  it('hides personal templates under a lock', () => {
    const catalog = resolveCatalog(personal([template('a')], { zendesk: 'a' }), managed([template('m')], { locked: true }));
    expect(entryIds(catalog)).toEqual(['m (managed)']);
    expect(catalog.locked).toBe(true);
    // The personal default names a hidden template: the first one stands in.
    expect(catalog.defaults.zendesk).toBe('m');
  });

  it('does not lock when the policy brings no templates of its own', () => {
    const catalog = resolveCatalog(personal([template('a')]), managed([], { locked: true }));
    expect(catalog.locked).toBe(false);
    expect(entryIds(catalog)).toEqual(['a']);
  });

  it('lets policy defaults win and lists them in managedDefaults', () => {
    const catalog = resolveCatalog(
      personal([template('a'), template('b')], { zendesk: 'a', freshdesk: 'b' }),
      managed([template('m')], { defaults: { zendesk: 'm', jira: 'b' } }),
    );
    expect(catalog.defaults).toEqual({ zendesk: 'm', freshdesk: 'b', jira: 'b' });
    expect(catalog.managedDefaults).toEqual(['zendesk', 'jira']);
  });

  it('falls back when a default names a template that is not there', () => {
    const catalog = resolveCatalog(
      personal([template('a'), template('b')], { freshdesk: 'b' }),
      managed([template('m')], { defaults: { zendesk: 'missing', freshdesk: 'also-missing' } }),
    );
    // Policy default missing → the team's own default → the first template.
    expect(catalog.defaults).toEqual({ zendesk: 'm', freshdesk: 'b', jira: 'm' });
    expect(catalog.managedDefaults).toEqual([]);
  });

  it('never ends up with zero templates', () => {
    const empty = { ...DEFAULT_LIBRARY, templates: [] } as TemplateLibrary;
    const catalog = resolveCatalog(empty, managed([], { locked: true }));
    expect(catalog.entries).toEqual([{ template: DEFAULT_TEMPLATE, managed: false }]);
    expect(catalog.defaults).toEqual({ zendesk: 'default', freshdesk: 'default', jira: 'default' });
  });
});

describe('pickTemplate', () => {
  const catalog = resolveCatalog(personal([template('a'), template('b'), template('c')], { jira: 'c' }), null);

  it("uses the draft's own template while it exists", () => {
    expect(pickTemplate(catalog, 'jira', 'b').id).toBe('b');
  });

  it("falls back to the helpdesk's default, then to the first template", () => {
    expect(pickTemplate(catalog, 'jira', 'deleted').id).toBe('c');
    expect(pickTemplate(catalog, 'jira').id).toBe('c');
    expect(pickTemplate({ ...catalog, defaults: { ...catalog.defaults, zendesk: 'gone' } }, 'zendesk').id).toBe('a');
  });
});

describe('parseManagedPolicy', () => {
  it('reads an empty or absent policy as no policy', () => {
    expect(parseManagedPolicy(undefined)).toBe(NO_POLICY);
    expect(parseManagedPolicy(null)).toBe(NO_POLICY);
    expect(parseManagedPolicy({})).toBe(NO_POLICY);
  });

  it('reports one bad template with its path and keeps the others', () => {
    const bad = { ...DEFAULT_TEMPLATE, id: 'bad', sections: [{ ...DEFAULT_TEMPLATE.sections[0], wordLimit: 0 }] };
    const policy = parseManagedPolicy({ templates: [template('a'), bad, template('c')], defaultTemplates: { jira: 'c' }, lockTemplates: true });
    expect(policy.templates).toEqual({ templates: [template('a'), template('c')], defaults: { jira: 'c' }, locked: true });
    expect(policy.problems).toEqual(['templates[1].sections[0].wordLimit: must be more than 0']);
  });

  it('migrates a schemaVersion 1 template', () => {
    const v1 = {
      schemaVersion: 1,
      id: 'old',
      name: 'Old',
      sections: [{ id: 'steps', label: 'Steps', prompt: '', example: '', required: false, wordLimit: 50, autofill: 'timelineSteps' }],
    };
    const policy = parseManagedPolicy({ templates: [v1] });
    expect(policy.problems).toEqual([]);
    expect(policy.templates?.templates[0].sections[0].fill).toEqual([{ from: 'agentSteps' }]);
  });

  it('keeps the first of two templates with the same id, and says so', () => {
    const policy = parseManagedPolicy({ templates: [template('a', 'First'), template('a', 'Second')] });
    expect(policy.templates?.templates.map((t) => t.name)).toEqual(['First']);
    expect(policy.problems).toEqual(['templates[1].id: "a" is used twice; the first one is kept']);
  });

  it('names wrong types as wrong, not as missing', () => {
    expect(parseManagedPolicy({ lockTemplates: 'yes' })).toEqual({ templates: null, problems: ['lockTemplates: must be true or false, not text'] });
    expect(parseManagedPolicy({ templates: 'all of them' }).problems).toEqual(['templates: must be a list, not text']);
    expect(parseManagedPolicy({ insertedDraftRetentionDays: 7.5 }).problems).toEqual(['insertedDraftRetentionDays: must be a whole number']);
    expect(parseManagedPolicy({ templates: [{ ...DEFAULT_TEMPLATE, name: 7, sections: 'none' }] }).problems).toEqual([
      'templates[0].name: must be text, not a number',
      'templates[0].sections: must be a list, not text',
    ]);
  });

  it('keeps the templates and the lock when another setting is wrong', () => {
    const policy = parseManagedPolicy({
      templates: [template('a')],
      lockTemplates: true,
      insertedDraftRetentionDays: 0,
      defaultTemplates: { zendesk: 'a', servicenow: 'a' },
    });
    expect(policy.templates).toEqual({ templates: [template('a')], defaults: {}, locked: true });
    expect(policy.insertedDraftRetentionDays).toBeUndefined();
    expect(policy.problems).toHaveLength(2);
    expect(policy.problems[1]).toBe('insertedDraftRetentionDays: must be at least 1');
  });

  it('has no template settings when the policy only sets retention', () => {
    expect(parseManagedPolicy({ insertedDraftRetentionDays: 14 })).toEqual({ templates: null, insertedDraftRetentionDays: 14, problems: [] });
  });
});

describe('readSettings', () => {
  it('reads nothing as the defaults', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({ panelSide: 'right', insertAsInternalNote: true, insertedDraftRetentionDays: 30 });
  });

  it('keeps good values as they are, null retention included', () => {
    const settings = { panelSide: 'left', insertAsInternalNote: false, insertedDraftRetentionDays: null };
    expect(readSettings(settings)).toEqual(settings);
  });

  it('resets only the bad field', () => {
    expect(readSettings({ panelSide: 'top', insertAsInternalNote: false, insertedDraftRetentionDays: null })).toEqual({
      panelSide: 'right',
      insertAsInternalNote: false,
      insertedDraftRetentionDays: null,
    });
    expect(readSettings({ panelSide: 'left', insertAsInternalNote: 'yes', insertedDraftRetentionDays: 0 })).toEqual({
      panelSide: 'left',
      insertAsInternalNote: true,
      insertedDraftRetentionDays: 30,
    });
  });
});

describe('formatPath', () => {
  it('writes paths as a team lead would read them in the file', () => {
    expect(formatPath([])).toBe('(file)');
    expect(formatPath(['templates', 0, 'sections', 2, 'label'])).toBe('templates[0].sections[2].label');
    expect(formatPath([3, 'name'])).toBe('[3].name');
    expect(formatPath(['defaults', 'zendesk'])).toBe('defaults.zendesk');
  });
});

describe('describeIssues', () => {
  function linesFor(schema: z.ZodMiniType, value: unknown): string[] {
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) throw new Error('expected a problem');
    return describeIssues(result.error.issues);
  }

  it('explains each kind of issue in words, since zod/mini has no messages', () => {
    const shape = z.object({ name: z.string() });
    expect(linesFor(shape, {})).toEqual(['name: is missing']);
    expect(linesFor(shape, { name: [] })).toEqual(['name: must be text, not a list']);
    expect(linesFor(z.int(), 1.5)).toEqual(['(file): must be a whole number']);
    expect(linesFor(z.boolean(), null)).toEqual(['(file): must be true or false, not null']);
    expect(linesFor(z.record(z.string(), z.string()), [])).toEqual(['(file): must be an object, not a list']);
    expect(linesFor(z.string().check(z.minLength(1)), '')).toEqual(['(file): must not be empty']);
    expect(linesFor(z.string().check(z.minLength(3)), 'ab')).toEqual(['(file): must be at least 3 characters']);
    expect(linesFor(z.string().check(z.maxLength(3)), 'abcd')).toEqual(['(file): must be at most 3 characters']);
    expect(linesFor(z.array(z.string()).check(z.minLength(2)), ['a'])).toEqual(['(file): needs at least 2 item(s)']);
    expect(linesFor(z.array(z.string()).check(z.maxLength(1)), ['a', 'b'])).toEqual(['(file): may have at most 1 items']);
    expect(linesFor(z.number().check(z.minimum(5)), 4)).toEqual(['(file): must be at least 5']);
    expect(linesFor(z.number().check(z.positive()), 0)).toEqual(['(file): must be more than 0']);
    expect(linesFor(z.number().check(z.maximum(5)), 6)).toEqual(['(file): must be at most 5']);
    expect(linesFor(z.number().check(z.lt(5)), 5)).toEqual(['(file): must be less than 5']);
    expect(linesFor(z.enum(['a', 'b']), 'c')).toEqual(['(file): must be one of: "a", "b"']);
    expect(linesFor(z.discriminatedUnion('k', [z.object({ k: z.literal('x') })]), { k: 'y' })).toEqual([
      'k: has an unknown kind',
    ]);
    expect(linesFor(z.union([z.string(), z.number()]), true)).toEqual(['(file): is not in a form Baton knows']);
    expect(linesFor(z.string().check(z.regex(/^a$/u)), 'b')).toEqual(['(file): is not in the expected format']);
    expect(linesFor(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 })).toEqual(['(file): has unknown keys: b, c']);
  });

  it("prefers a check's own message", () => {
    expect(linesFor(z.string().check(z.minLength(1, 'give the section a label')), '')).toEqual(['(file): give the section a label']);
  });

  it('puts a prefix in front of every path and stops after the limit', () => {
    const many = z.array(z.string());
    const result = many.safeParse([1, 2, 3, 4], { reportInput: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(describeIssues(result.error.issues, ['templates', 2, 'tags'], 2)).toEqual([
      'templates[2].tags[0]: must be text, not a number',
      'templates[2].tags[1]: must be text, not a number',
      '…and 2 more problem(s)',
    ]);
  });
});

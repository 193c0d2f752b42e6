import { describe, expect, it } from 'vitest';
import {
  addBlankSection,
  addFillSource,
  addReadyBlock,
  createTemplate,
  deleteTemplate,
  duplicateTemplate,
  type EditResult,
  fillSourceOf,
  moveFillSource,
  moveItem,
  moveSection,
  moveTemplate,
  putTemplate,
  removeFillSource,
  removeSection,
  renameTemplate,
  replaceFillSource,
  sameTemplate,
  saveWorkingCopy,
  setDefaultTemplate,
  slugify,
  templateIdFor,
  updateSection,
  validateTemplate,
} from '@/lib/templates/editing';
import { DEFAULT_LIBRARY, MAX_TEMPLATES, type TemplateLibrary, TemplateLibrarySchema } from '@/lib/templates/library';
import { DEFAULT_TEMPLATE, MAX_SECTIONS, TEMPLATE_ID_PATTERN, type Template, TemplateSchema } from '@/lib/templates/template';

/** The value of a result the test expects to succeed; fails the test with the reason otherwise. */
function value<T>(result: EditResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result.value;
}

function error<T>(result: EditResult<T>): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

function libraryOf(...names: string[]): TemplateLibrary {
  return names.reduce((library, name) => value(createTemplate(library, name)).library, DEFAULT_LIBRARY);
}

const ids = (library: TemplateLibrary) => library.templates.map((t) => t.id);
const sectionIds = (template: Template) => template.sections.map((s) => s.id);

describe('template ids', () => {
  it('derives a valid id from the name, without accents or punctuation', () => {
    expect(slugify('Billing escalation')).toBe('billing-escalation');
    expect(slugify('  Café / Überweisung: L2!  ')).toBe('cafe-uberweisung-l2');
    expect(templateIdFor('日本語', [])).toBe('template');
    expect(templateIdFor('x'.repeat(200), [])).toMatch(TEMPLATE_ID_PATTERN);
  });

  it('suffixes -2, -3 when the id is taken', () => {
    expect(templateIdFor('Billing escalation', ['billing-escalation'])).toBe('billing-escalation-2');
    expect(templateIdFor('Billing escalation', ['billing-escalation', 'billing-escalation-2'])).toBe('billing-escalation-3');
    expect(templateIdFor('x'.repeat(200), ['x'.repeat(56)])).toMatch(TEMPLATE_ID_PATTERN);
  });
});

describe('createTemplate', () => {
  it('appends a valid template with the standard sections and a unique id, leaving the input alone', () => {
    const before = structuredClone(DEFAULT_LIBRARY);
    const { library, template } = value(createTemplate(DEFAULT_LIBRARY, '  Billing escalation '));
    expect(template.id).toBe('billing-escalation');
    expect(template.name).toBe('Billing escalation');
    expect(sectionIds(template)).toEqual(sectionIds(DEFAULT_TEMPLATE));
    expect(ids(library)).toEqual(['default', 'billing-escalation']);
    expect(TemplateLibrarySchema.safeParse(library).success).toBe(true);
    expect(DEFAULT_LIBRARY).toEqual(before);
    // The copy's sections are its own: editing them does not reach the standard template.
    template.sections[0].label = 'changed';
    expect(DEFAULT_TEMPLATE.sections[0].label).toBe("What's happening");
  });

  it('avoids ids in the library and ids the organisation reserves', () => {
    const twice = value(createTemplate(libraryOf('Billing escalation'), 'Billing escalation')).template;
    expect(twice.id).toBe('billing-escalation-2');
    expect(value(createTemplate(DEFAULT_LIBRARY, 'Security', ['security'])).template.id).toBe('security-2');
  });

  it('refuses an empty name and a full library', () => {
    expect(error(createTemplate(DEFAULT_LIBRARY, '   '))).toBe('give the template a name');
    const full = libraryOf(...Array.from({ length: MAX_TEMPLATES - 1 }, (_, i) => `T${i}`));
    expect(full.templates).toHaveLength(MAX_TEMPLATES);
    expect(error(createTemplate(full, 'One more'))).toMatch(/at most 50 templates/);
  });
});

describe('duplicateTemplate', () => {
  it('places "Copy of …" right after the original with a new id', () => {
    const library = libraryOf('Billing');
    const { library: next, template } = value(duplicateTemplate(library, DEFAULT_TEMPLATE));
    expect(template.name).toBe('Copy of Standard L2 handoff');
    expect(template.id).toBe('copy-of-standard-l2-handoff');
    expect(ids(next)).toEqual(['default', 'copy-of-standard-l2-handoff', 'billing']);
    expect(template.sections).toEqual(DEFAULT_TEMPLATE.sections);
    const again = value(duplicateTemplate(next, DEFAULT_TEMPLATE)).template;
    expect(again.name).toBe('Copy of Standard L2 handoff (2)');
    expect(again.id).toBe('copy-of-standard-l2-handoff-2');
  });

  it('appends a copy of a managed template, with an id clear of the managed ones', () => {
    const managed: Template = { ...DEFAULT_TEMPLATE, id: 'org-handoff', name: 'Org handoff' };
    const { library, template } = value(duplicateTemplate(DEFAULT_LIBRARY, managed, ['org-handoff', 'copy-of-org-handoff']));
    expect(template.id).toBe('copy-of-org-handoff-2');
    expect(ids(library)).toEqual(['default', 'copy-of-org-handoff-2']);
  });
});

describe('renameTemplate', () => {
  it('changes the name, keeps the id and refuses an empty name', () => {
    const library = value(renameTemplate(DEFAULT_LIBRARY, 'default', ' Our handoff '));
    expect(library.templates[0]).toMatchObject({ id: 'default', name: 'Our handoff' });
    expect(error(renameTemplate(DEFAULT_LIBRARY, 'default', ''))).toBe('give the template a name');
    expect(error(renameTemplate(DEFAULT_LIBRARY, 'gone', 'X'))).toMatch(/no longer/);
  });
});

describe('deleteTemplate', () => {
  it('refuses to delete the only template', () => {
    expect(error(deleteTemplate(DEFAULT_LIBRARY, 'default'))).toBe('“Standard L2 handoff” is your only template; a library needs at least one.');
  });

  it('removes a template and clears the defaults that named it', () => {
    const library = { ...libraryOf('Billing', 'Security'), defaults: { zendesk: 'billing', jira: 'security' } };
    const next = value(deleteTemplate(library, 'billing'));
    expect(ids(next)).toEqual(['default', 'security']);
    expect(next.defaults).toEqual({ jira: 'security' });
    expect(TemplateLibrarySchema.safeParse(next).success).toBe(true);
  });
});

describe('moveTemplate and moveItem', () => {
  it('swaps with the neighbour and stays put at either end', () => {
    const library = libraryOf('A', 'B');
    expect(ids(moveTemplate(library, 'b', 'up'))).toEqual(['default', 'b', 'a']);
    expect(ids(moveTemplate(library, 'default', 'down'))).toEqual(['a', 'default', 'b']);
    expect(ids(moveTemplate(library, 'default', 'up'))).toEqual(['default', 'a', 'b']);
    expect(ids(moveTemplate(library, 'b', 'down'))).toEqual(['default', 'a', 'b']);
    expect(moveItem([1, 2, 3], 7, 'up')).toEqual([1, 2, 3]);
  });
});

describe('putTemplate', () => {
  it('replaces a template in place, or appends a new one', () => {
    const library = libraryOf('A', 'B');
    const changed = { ...library.templates[1], name: 'A, edited' };
    expect(putTemplate(library, changed).templates.map((t) => t.name)).toEqual(['Standard L2 handoff', 'A, edited', 'B']);
    const fresh = { ...DEFAULT_TEMPLATE, id: 'fresh', name: 'Fresh' };
    expect(ids(putTemplate(library, fresh))).toEqual(['default', 'a', 'b', 'fresh']);
  });
});

describe('saveWorkingCopy', () => {
  const library = libraryOf('A', 'B');
  const base = library.templates[1];
  const mine = { ...base, name: 'A, mine' };

  it('puts the working copy back while storage still holds the version it started from', () => {
    const saved = saveWorkingCopy(library, mine, base);
    expect(saved.conflict).toBeUndefined();
    expect(saved.library.templates.map((t) => t.name)).toEqual(['Standard L2 handoff', 'A, mine', 'B']);
  });

  it('keeps changes elsewhere to other templates', () => {
    const elsewhere = putTemplate(library, { ...library.templates[2], name: 'B, theirs' });
    expect(saveWorkingCopy(elsewhere, mine, base).library.templates.map((t) => t.name)).toEqual(['Standard L2 handoff', 'A, mine', 'B, theirs']);
  });

  it('writes nothing and returns their version when the template itself changed since', () => {
    const theirs = updateSection(base, 'tried', { label: 'Their label' });
    const elsewhere = putTemplate(library, theirs);
    const saved = saveWorkingCopy(elsewhere, mine, base);
    expect(saved.library).toBe(elsewhere);
    expect(saved.conflict).toEqual({ theirs });
    // Overwriting on purpose: checked against the version the lead was shown.
    expect(saveWorkingCopy(elsewhere, mine, theirs).library.templates[1]).toEqual(mine);
  });

  it('reports a template deleted since, and saves it again only against that deletion', () => {
    const elsewhere = value(deleteTemplate(library, 'a'));
    expect(saveWorkingCopy(elsewhere, mine, base)).toEqual({ library: elsewhere, conflict: { theirs: null } });
    expect(ids(saveWorkingCopy(elsewhere, mine, null).library)).toEqual(['default', 'b', 'a']);
    // A template that was not stored when editing began must still not be there.
    expect(saveWorkingCopy(library, mine, null).conflict).toEqual({ theirs: base });
  });
});

describe('setDefaultTemplate', () => {
  it('sets and clears a helpdesk default, only to one of the library’s templates', () => {
    const library = libraryOf('Billing');
    const set = value(setDefaultTemplate(library, 'freshdesk', 'billing'));
    expect(set.defaults).toEqual({ freshdesk: 'billing' });
    expect(value(setDefaultTemplate(set, 'freshdesk', null)).defaults).toEqual({});
    expect(error(setDefaultTemplate(library, 'jira', 'managed-only'))).toMatch(/your own templates/);
  });
});

describe('sections', () => {
  it('adds a blank section with a unique id that passes validation', () => {
    const one = value(addBlankSection(DEFAULT_TEMPLATE));
    const two = value(addBlankSection(one.template));
    expect(one.section.id).toBe('section');
    expect(two.section.id).toBe('section-2');
    expect(two.template.sections).toHaveLength(7);
    expect(validateTemplate(two.template).ok).toBe(true);
  });

  it('adds a ready block with the schema defaults, suffixing a taken id', () => {
    const first = value(addReadyBlock(DEFAULT_TEMPLATE, 'case-type'));
    expect(first.section).toMatchObject({ id: 'case-type', label: 'Case type', kind: 'caseType', fill: [] });
    const second = value(addReadyBlock(first.template, 'case-type'));
    expect(second.section.id).toBe('case-type-2');
    expect(TemplateSchema.safeParse(second.template).success).toBe(true);
    expect(error(addReadyBlock(DEFAULT_TEMPLATE, 'nope'))).toMatch(/no ready block/);
  });

  it(`refuses more than ${MAX_SECTIONS} sections`, () => {
    let template = DEFAULT_TEMPLATE;
    while (template.sections.length < MAX_SECTIONS) template = value(addBlankSection(template)).template;
    expect(error(addBlankSection(template))).toMatch(/at most 20 sections/);
    expect(error(addReadyBlock(template, 'environment'))).toMatch(/at most 20 sections/);
  });

  it('removes a section but never the last one', () => {
    const removed = value(removeSection(DEFAULT_TEMPLATE, 'tried'));
    expect(sectionIds(removed)).toEqual(['happening', 'hypothesis', 'customer', 'verify-first']);
    const single = { ...DEFAULT_TEMPLATE, sections: [DEFAULT_TEMPLATE.sections[0]] };
    expect(error(removeSection(single, 'happening'))).toBe('A template needs at least one section.');
  });

  it('moves a section up and down', () => {
    expect(sectionIds(moveSection(DEFAULT_TEMPLATE, 'hypothesis', 'up')).slice(0, 3)).toEqual(['happening', 'hypothesis', 'tried']);
    expect(sectionIds(moveSection(DEFAULT_TEMPLATE, 'happening', 'down')).slice(0, 2)).toEqual(['tried', 'happening']);
    expect(sectionIds(moveSection(DEFAULT_TEMPLATE, 'happening', 'up'))).toEqual(sectionIds(DEFAULT_TEMPLATE));
  });

  it('updates one section and drops fill sources when it stops being free text', () => {
    const edited = updateSection(DEFAULT_TEMPLATE, 'hypothesis', { label: 'Best guess', required: false, wordLimit: 50 });
    expect(edited.sections[2]).toMatchObject({ id: 'hypothesis', label: 'Best guess', required: false, wordLimit: 50 });
    expect(edited.sections[0]).toBe(DEFAULT_TEMPLATE.sections[0]);
    const checklist = updateSection(DEFAULT_TEMPLATE, 'happening', { kind: 'checklist' });
    expect(checklist.sections[0]).toMatchObject({ kind: 'checklist', fill: [] });
  });
});

describe('fill sources', () => {
  it('adds, changes, reorders and removes sources', () => {
    let template = value(addFillSource(DEFAULT_TEMPLATE, 'hypothesis', fillSourceOf('customField', 'App version')));
    template = value(addFillSource(template, 'hypothesis', fillSourceOf('tags')));
    expect(template.sections[2].fill).toEqual([{ from: 'customField', name: 'App version' }, { from: 'tags' }]);
    template = moveFillSource(template, 'hypothesis', 1, 'up');
    expect(template.sections[2].fill.map((s) => s.from)).toEqual(['tags', 'customField']);
    template = replaceFillSource(template, 'hypothesis', 1, fillSourceOf('organizationField', 'App version'));
    expect(template.sections[2].fill[1]).toEqual({ from: 'organizationField', name: 'App version' });
    template = removeFillSource(removeFillSource(template, 'hypothesis', 0), 'hypothesis', 0);
    expect(template.sections[2].fill).toEqual([]);
  });

  it('refuses an eleventh source and sources on a case-type section', () => {
    let template = DEFAULT_TEMPLATE;
    for (let i = 0; i < 10; i += 1) template = value(addFillSource(template, 'hypothesis', fillSourceOf('tags')));
    expect(error(addFillSource(template, 'hypothesis', fillSourceOf('tags')))).toMatch(/at most 10 sources/);
    const caseType = value(addReadyBlock(DEFAULT_TEMPLATE, 'case-type')).template;
    expect(error(addFillSource(caseType, 'case-type', fillSourceOf('tags')))).toMatch(/free-text/);
  });
});

describe('validateTemplate', () => {
  it('returns the parsed template, trimmed, when it is valid', () => {
    const result = validateTemplate({ ...DEFAULT_TEMPLATE, name: '  Spaced  ' });
    expect(result).toEqual({ ok: true, template: { ...DEFAULT_TEMPLATE, name: 'Spaced' } });
  });

  it('keys each problem by the path of its field', () => {
    let template = updateSection({ ...DEFAULT_TEMPLATE, name: ' ' }, 'tried', { label: '', wordLimit: Number.NaN });
    template = updateSection(template, 'customer', { wordLimit: 5000 });
    template = value(addFillSource(template, 'hypothesis', fillSourceOf('customField', ' ')));
    const result = validateTemplate(template);
    expect(result.ok).toBe(false);
    expect(result.ok ? {} : result.errors).toEqual({
      name: 'give the template a name',
      'sections[1].label': 'give the section a label',
      'sections[1].wordLimit': 'enter a whole number from 1 to 2000',
      'sections[2].fill[0].name': 'name the field',
      'sections[3].wordLimit': 'enter a whole number from 1 to 2000',
    });
  });

  it('reports duplicate section ids and an empty section list on "sections"', () => {
    const duplicated = { ...DEFAULT_TEMPLATE, sections: [DEFAULT_TEMPLATE.sections[0], DEFAULT_TEMPLATE.sections[0]] };
    expect(validateTemplate(duplicated)).toEqual({ ok: false, errors: { sections: 'section ids must be unique' } });
    expect(validateTemplate({ ...DEFAULT_TEMPLATE, sections: [] })).toEqual({
      ok: false,
      errors: { sections: 'a template needs at least one section' },
    });
  });
});

describe('sameTemplate', () => {
  it('compares content, so an edit undone by hand is no change', () => {
    const edited = updateSection(DEFAULT_TEMPLATE, 'tried', { label: 'x' });
    expect(sameTemplate(edited, DEFAULT_TEMPLATE)).toBe(false);
    expect(sameTemplate(updateSection(edited, 'tried', { label: "What's been tried" }), DEFAULT_TEMPLATE)).toBe(true);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyImport,
  describeDifferences,
  exportLibrary,
  fileSizeProblem,
  MAX_IMPORT_BYTES,
  parseImportFile,
  planImport,
} from '@/lib/templates/importExport';
import { MAX_TEMPLATES, type TemplateLibrary, TemplateLibrarySchema } from '@/lib/templates/library';
import { DEFAULT_TEMPLATE, type SectionInput, type Template, TemplateSchema } from '@/lib/templates/template';

function section(id: string, overrides: Partial<SectionInput> = {}): SectionInput {
  return { id, label: `Label ${id}`, prompt: '', example: '', required: false, wordLimit: 100, ...overrides };
}

function template(id: string, name = `Template ${id}`, sections: SectionInput[] = [section('a')]): Template {
  return TemplateSchema.parse({ schemaVersion: 2, id, name, sections });
}

function library(templates: Template[], defaults: TemplateLibrary['defaults'] = {}): TemplateLibrary {
  return TemplateLibrarySchema.parse({ schemaVersion: 2, templates, defaults });
}

function problemsOf(text: string): string[] {
  const result = parseImportFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems;
}

function fileWith(value: unknown): string {
  return JSON.stringify(value);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('exportLibrary', () => {
  it('writes pretty JSON with the schema version, named by the day', () => {
    const lib = library([DEFAULT_TEMPLATE, template('billing')], { zendesk: 'billing' });
    const file = exportLibrary(lib, new Date(2025, 2, 4, 23, 59));
    expect(file.fileName).toBe('baton-templates-2025-03-04.json');
    expect(file.importable).toBe(true);
    expect(file.text.startsWith('{\n  "schemaVersion": 2,\n  "templates": [\n')).toBe(true);
    expect(file.text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(file.text)).toEqual({ schemaVersion: 2, templates: lib.templates, defaults: { zendesk: 'billing' } });
  });

  it('round-trips through import unchanged', () => {
    const lib = library([DEFAULT_TEMPLATE, template('billing', 'Billing', [section('x', { kind: 'checklist', fill: [{ from: 'tags' }] })])], {
      jira: 'billing',
      freshdesk: 'default',
    });
    const result = parseImportFile(exportLibrary(lib).text);
    expect(result).toEqual({ ok: true, library: lib, fromVersion: 2 });
  });

  it('writes only the library fields, whatever else the object carries', () => {
    const lib = { ...library([DEFAULT_TEMPLATE]), secret: 'not for the file' } as TemplateLibrary;
    expect(Object.keys(JSON.parse(exportLibrary(lib).text))).toEqual(['schemaVersion', 'templates', 'defaults']);
  });

  it('falls back to compact JSON for a library at every limit, and says when it is too big to import back', () => {
    const big = (i: number, fill: SectionInput['fill']) =>
      template(
        `t${i}`,
        'n'.repeat(80),
        Array.from({ length: 20 }, (_, j) =>
          section(`s${j}`, { label: 'l'.repeat(80), prompt: 'p'.repeat(200), example: 'e'.repeat(400), fill }),
        ),
      );
    const libraryOf = (count: number, fill: SectionInput['fill'] = Array(10).fill({ from: 'tags' })) =>
      library(Array.from({ length: count }, (_, i) => big(i, fill)));
    // The smallest such library whose pretty file is over the limit.
    const count = Array.from({ length: MAX_TEMPLATES }, (_, i) => i + 1).find(
      (n) => JSON.stringify(libraryOf(n), null, 2).length > MAX_IMPORT_BYTES,
    )!;
    const fits = exportLibrary(libraryOf(count));
    expect(fits.text.length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    expect(fits.text).not.toContain('\n  ');
    expect(fits.importable).toBe(true);
    expect(parseImportFile(fits.text).ok).toBe(true);

    const tooBig = exportLibrary(libraryOf(MAX_TEMPLATES, Array(10).fill({ from: 'customField', name: 'f'.repeat(80) })));
    expect(tooBig.importable).toBe(false);
    expect(parseImportFile(tooBig.text).ok).toBe(false);
  });
});

describe('parseImportFile: good files', () => {
  it('migrates a schemaVersion 1 file', () => {
    const v1 = {
      schemaVersion: 1,
      templates: [
        {
          schemaVersion: 1,
          id: 'old',
          name: 'Old handoff',
          sections: [
            { id: 'summary', label: 'Summary', prompt: '', example: '', required: false, wordLimit: 50, autofill: 'ticketSummary' },
            { id: 'mine', label: 'Mine', prompt: '', example: '', required: true, wordLimit: 50, autofill: 'agent' },
          ],
        },
      ],
      defaults: { zendesk: 'old' },
    };
    const result = parseImportFile(fileWith(v1));
    expect(result.ok && result.fromVersion).toBe(1);
    if (!result.ok) return;
    expect(result.library.schemaVersion).toBe(2);
    expect(result.library.defaults).toEqual({ zendesk: 'old' });
    expect(result.library.templates[0].sections.map((s) => [s.id, s.kind, s.fill])).toEqual([
      ['summary', 'text', [{ from: 'subject' }, { from: 'firstCustomerMessage' }]],
      ['mine', 'text', []],
    ]);
  });

  it('accepts a byte-order mark and a missing defaults object', () => {
    const result = parseImportFile(`\uFEFF${fileWith({ schemaVersion: 2, templates: [DEFAULT_TEMPLATE] })}`);
    expect(result).toEqual({ ok: true, library: library([DEFAULT_TEMPLATE]), fromVersion: 2 });
  });
});

describe('parseImportFile: bad files, each with its message', () => {
  it('refuses a file over 1 MB before parsing it, and says its size', () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(problemsOf(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual(['(file): is 1.1 MB; Baton imports template files of at most 1 MB']);
    // Counted in bytes, not characters: 600,000 "é" are 1.2 MB of UTF-8.
    expect(problemsOf(`"${'é'.repeat(600_000)}"`)).toEqual(['(file): is 1.2 MB; Baton imports template files of at most 1 MB']);
    expect(parse).not.toHaveBeenCalled();
  });

  it('puts the limit at exactly 1 MB', () => {
    expect(fileSizeProblem(MAX_IMPORT_BYTES)).toBeNull();
    expect(fileSizeProblem(MAX_IMPORT_BYTES + 1)).toBe('(file): is 1.1 MB; Baton imports template files of at most 1 MB');
    expect(fileSizeProblem(5 * 1024 * 1024)).toBe('(file): is 5.0 MB; Baton imports template files of at most 1 MB');
  });

  it('says an empty file is empty', () => {
    expect(problemsOf('')).toEqual(['(file): is empty']);
    expect(problemsOf(' \n\t')).toEqual(['(file): is empty']);
  });

  it('says a file is not JSON, with the line and column when the parser gives a position', () => {
    expect(problemsOf('{\n  "schemaVersion": 2,\n  templates: []\n}')).toEqual([
      '(file): is not valid JSON (the error is at line 3, column 3)',
    ]);
  });

  it('understands the line-and-column wording of other browsers, and does without a position', () => {
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new SyntaxError('JSON.parse: unexpected character at line 4 column 7 of the JSON data');
    });
    expect(problemsOf('{')).toEqual(['(file): is not valid JSON (the error is at line 4, column 7)']);
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new SyntaxError('JSON Parse error: Unexpected EOF');
    });
    expect(problemsOf('{')).toEqual(['(file): is not valid JSON']);
  });

  it.each([
    ['[1, 2]', 'a list'],
    ['"templates"', 'text'],
    ['42', 'a number'],
    ['null', 'null'],
    ['true', 'a boolean'],
  ])('refuses JSON that is not an object: %s', (text, kind) => {
    expect(problemsOf(text)).toEqual([`(file): must be an object with schemaVersion, templates and defaults, not ${kind}`]);
  });

  it('says which schema versions are supported', () => {
    expect(problemsOf(fileWith({ templates: [DEFAULT_TEMPLATE] }))).toEqual(['schemaVersion: is missing; supported versions are 1 and 2']);
    expect(problemsOf(fileWith({ schemaVersion: 3, templates: [] }))).toEqual([
      'schemaVersion: version 3 is not supported; supported versions are 1 and 2 (the file may come from a newer Baton)',
    ]);
    expect(problemsOf(fileWith({ schemaVersion: 0 }))).toEqual(['schemaVersion: version 0 is not supported; supported versions are 1 and 2']);
    expect(problemsOf(fileWith({ schemaVersion: '2' }))).toEqual([
      'schemaVersion: must be a number, not text; supported versions are 1 and 2',
    ]);
  });

  it('lists what the library schema rejects as "path: reason"', () => {
    const tooLong = { ...DEFAULT_TEMPLATE, id: 'long', sections: [{ ...DEFAULT_TEMPLATE.sections[0], wordLimit: 5000 }] };
    expect(problemsOf(fileWith({ schemaVersion: 2, templates: [DEFAULT_TEMPLATE, tooLong] }))).toEqual([
      'templates[1].sections[0].wordLimit: must be at most 2000',
    ]);
    const zeroAndFraction = {
      ...DEFAULT_TEMPLATE,
      sections: [
        { ...DEFAULT_TEMPLATE.sections[0], wordLimit: 0 },
        { ...DEFAULT_TEMPLATE.sections[1], wordLimit: 1.5 },
      ],
    };
    expect(problemsOf(fileWith({ schemaVersion: 2, templates: [zeroAndFraction] }))).toEqual([
      'templates[0].sections[0].wordLimit: must be more than 0',
      'templates[0].sections[1].wordLimit: must be a whole number',
    ]);
    expect(problemsOf(fileWith({ schemaVersion: 2, templates: [{ ...DEFAULT_TEMPLATE, name: 42 }] }))).toEqual([
      'templates[0].name: must be text, not a number',
    ]);
    expect(problemsOf(fileWith({ schemaVersion: 2, templates: [DEFAULT_TEMPLATE, DEFAULT_TEMPLATE] }))).toEqual([
      'templates: template ids must be unique',
    ]);
    expect(problemsOf(fileWith({ schemaVersion: 2, templates: [] }))).toEqual(['templates: there must be at least one template']);
    expect(problemsOf(fileWith({ schemaVersion: 2 }))).toEqual(['templates: is missing']);
    expect(problemsOf(fileWith({ schemaVersion: 2, templates: [DEFAULT_TEMPLATE], defaults: { zendesk: 'gone' } }))).toEqual([
      'defaults: a default names a template that is not in the file',
    ]);
    expect(problemsOf(fileWith({ schemaVersion: 2, templates: [DEFAULT_TEMPLATE], defaults: [] }))).toEqual([
      'defaults: must be an object, not a list',
    ]);
    expect(problemsOf(fileWith({ schemaVersion: 2, templates: [DEFAULT_TEMPLATE], defaults: { servicenow: 'default' } }))).toEqual([
      'defaults: has unknown keys: servicenow',
    ]);
    const unknownFill = { ...DEFAULT_TEMPLATE, sections: [{ ...DEFAULT_TEMPLATE.sections[0], fill: [{ from: 'weather' }] }] };
    expect(problemsOf(fileWith({ schemaVersion: 2, templates: [unknownFill] }))).toEqual([
      'templates[0].sections[0].fill[0].from: has an unknown kind',
    ]);
  });

  it('shows at most 20 problems and counts the rest', () => {
    const broken = Array.from({ length: 30 }, (_, i) => ({ ...DEFAULT_TEMPLATE, id: `t${i}`, name: '' }));
    const problems = problemsOf(fileWith({ schemaVersion: 2, templates: broken }));
    expect(problems).toHaveLength(21);
    expect(problems[0]).toBe('templates[0].name: give the template a name');
    expect(problems[20]).toBe('…and 10 more problem(s)');
  });
});

describe('parseImportFile: hostile files', () => {
  it('never lets "__proto__" or "constructor" reach Object.prototype', () => {
    const text = `{
      "__proto__": { "polluted": "top" },
      "constructor": { "prototype": { "polluted": "ctor" } },
      "schemaVersion": 2,
      "templates": [${JSON.stringify({ ...DEFAULT_TEMPLATE, sections: [{ ...DEFAULT_TEMPLATE.sections[0] }] }).replace(
        /^\{/u,
        '{"__proto__": {"polluted": "template"}, "constructor": {"prototype": {"polluted": "t"}},',
      )}],
      "defaults": { "__proto__": { "polluted": "defaults" }, "zendesk": "default" }
    }`;
    const result = parseImportFile(text);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Unknown keys are dropped; what is left is plain data with ordinary prototypes.
    expect(result.library.defaults).toEqual({ zendesk: 'default' });
    expect(Object.getOwnPropertyNames(result.library.defaults)).toEqual(['zendesk']);
    expect(Object.getPrototypeOf(result.library.defaults)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.library.templates[0])).toBe(Object.prototype);
    expect(Object.keys(result.library.templates[0])).toEqual(['schemaVersion', 'id', 'name', 'sections', 'quality']);
  });

  it('refuses "constructor" as a default key, and ids that are not ids', () => {
    expect(problemsOf(`{"schemaVersion":2,"templates":[${JSON.stringify(DEFAULT_TEMPLATE)}],"defaults":{"constructor":"default"}}`)).toEqual([
      'defaults: has unknown keys: constructor',
    ]);
    expect(problemsOf(fileWith({ schemaVersion: 2, templates: [{ ...DEFAULT_TEMPLATE, id: '__proto__' }] }))).toEqual([
      'templates[0].id: use lower-case letters, digits and dashes',
    ]);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('copes with deeply nested junk without throwing', () => {
    const depth = 100_000;
    expect(problemsOf(`{"schemaVersion":2,"templates":${'['.repeat(depth)}${']'.repeat(depth)}}`)).toEqual([
      'templates[0]: must be an object, not a list',
    ]);
    const nested = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const result = parseImportFile(`{"schemaVersion":2,"junk":${nested},"templates":[${JSON.stringify(DEFAULT_TEMPLATE)}]}`);
    expect(result).toEqual({ ok: true, library: library([DEFAULT_TEMPLATE]), fromVersion: 2 });
  });

  it('refuses 10,000 templates with one line, not ten thousand', () => {
    const text = fileWith({ schemaVersion: 2, templates: Array.from({ length: 10_000 }, () => ({})) });
    expect(problemsOf(text)).toEqual([`templates: the file has 10000 templates; Baton keeps at most ${MAX_TEMPLATES}`]);
  });

  it('refuses huge strings and keeps each message short', () => {
    expect(problemsOf(fileWith({ schemaVersion: 2, templates: [{ ...DEFAULT_TEMPLATE, name: 'x'.repeat(900_000) }] }))).toEqual([
      'templates[0].name: must be at most 80 characters',
    ]);
    const hugeKey = `<img src=x onerror=alert(1)>${'k'.repeat(500_000)}`;
    const [problem] = problemsOf(`{"schemaVersion":2,"templates":[${JSON.stringify(DEFAULT_TEMPLATE)}],"defaults":{"${hugeKey}":"default"}}`);
    expect(problem.startsWith('defaults: has unknown keys: <img src=x onerror=alert(1)>kkk')).toBe(true);
    expect(problem).toHaveLength(200);
    expect(problem.endsWith('…')).toBe(true);
  });

  it('keeps markup in names as plain text data', () => {
    const name = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const result = parseImportFile(fileWith({ schemaVersion: 2, templates: [{ ...DEFAULT_TEMPLATE, name }] }));
    expect(result.ok && result.library.templates[0].name).toBe(name);
  });

  it('never throws, even when something underneath does', () => {
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => ({ get schemaVersion(): never { throw new Error('boom'); } }));
    expect(parseImportFile('{}')).toEqual({ ok: false, problems: ['(file): could not be read as a template file'] });
  });
});

describe('describeDifferences', () => {
  const before = template('t', 'Bug report', [section('a', { label: 'Steps' }), section('b', { label: 'Logs' }), section('c', { label: 'Impact' })]);

  it('names renames, added, removed, changed and reordered sections', () => {
    const after = template('t', 'Bug handoff', [
      section('c', { label: 'Impact', prompt: 'Who is affected?', wordLimit: 50 }),
      section('a', { label: 'Steps taken' }),
      section('d', { label: 'Workaround' }),
    ]);
    expect(describeDifferences(before, after)).toEqual([
      'renamed from "Bug report" to "Bug handoff"',
      'section "Impact" changed: prompt, word limit',
      'section "Steps" renamed to "Steps taken"',
      'section "Workaround" added',
      'section "Logs" removed',
      'sections reordered',
    ]);
  });

  it('combines a renamed section with its other changes', () => {
    const after = template('t', 'Bug report', [
      section('a', { label: 'Steps taken', required: true, kind: 'checklist', fill: [{ from: 'agentSteps' }], example: 'e' }),
      section('b', { label: 'Logs' }),
      section('c', { label: 'Impact' }),
    ]);
    expect(describeDifferences(before, after)).toEqual([
      'section "Steps" renamed to "Steps taken" and changed: example, required, answer type, pre-fill',
    ]);
  });

  it('finds nothing for the same template', () => {
    expect(describeDifferences(before, structuredClone(before))).toEqual([]);
  });
});

describe('planImport and applyImport', () => {
  const a = template('a', 'Alpha');
  const b = template('b', 'Beta');
  const current = library([a, b], { zendesk: 'a' });

  it('sorts templates into added, replaced, unchanged and skipped-managed', () => {
    const b2 = template('b', 'Beta two');
    const c = template('c', 'Gamma');
    const m = template('m', 'Mine, but managed');
    const plan = planImport(current, library([structuredClone(a), b2, c, m]), ['m']);
    expect(plan.added).toEqual([c]);
    expect(plan.replaced).toEqual([{ before: b, after: b2, differences: ['renamed from "Beta" to "Beta two"'] }]);
    expect(plan.unchanged).toEqual([a]);
    expect(plan.skippedManaged).toEqual([m]);
    expect(plan.templateCountAfter).toBe(3);
    expect(plan.refusal).toBeNull();
    expect(plan.changesNothing).toBe(false);

    const merged = applyImport(current, plan);
    // Replaced in place, added at the end, the managed one left out, nothing removed.
    expect(merged).toEqual({ schemaVersion: 2, templates: [a, b2, c], defaults: { zendesk: 'a' } });
    expect(TemplateLibrarySchema.safeParse(merged).success).toBe(true);
  });

  it('skips a managed id even when the team has its own template with that id', () => {
    const plan = planImport(current, library([template('b', 'Beta from file')]), ['b']);
    expect(plan.skippedManaged.map((t) => t.id)).toEqual(['b']);
    expect(plan.replaced).toEqual([]);
    expect(plan.changesNothing).toBe(true);
    expect(applyImport(current, plan)).toEqual(current);
  });

  it('changes defaults per helpdesk, leaving the ones the file does not set', () => {
    const c = template('c');
    const plan = planImport(current, library([c, structuredClone(a)], { zendesk: 'c', jira: 'a' }), []);
    expect(plan.defaultChanges).toEqual([
      { helpdesk: 'zendesk', from: 'a', to: 'c' },
      { helpdesk: 'jira', from: undefined, to: 'a' },
    ]);
    expect(applyImport(current, plan).defaults).toEqual({ zendesk: 'c', jira: 'a' });
  });

  it('does not store a default that names a skipped managed template', () => {
    const m = template('m');
    const plan = planImport(current, library([m], { freshdesk: 'm' }), ['m']);
    expect(plan.defaultChanges).toEqual([]);
    expect(plan.skippedDefaults).toEqual([{ helpdesk: 'freshdesk', from: undefined, to: 'm' }]);
    const merged = applyImport(current, plan);
    expect(merged.defaults).toEqual({ zendesk: 'a' });
    expect(TemplateLibrarySchema.safeParse(merged).success).toBe(true);
  });

  it('says when a file would change nothing, and when only defaults change', () => {
    expect(planImport(current, structuredClone(current), []).changesNothing).toBe(true);
    const onlyDefault = planImport(current, library([structuredClone(b)], { zendesk: 'b' }), []);
    expect(onlyDefault.changesNothing).toBe(false);
    expect(onlyDefault.unchanged).toEqual([b]);
  });

  it('refuses an import that would go over MAX_TEMPLATES, and applyImport will not apply it', () => {
    const many = library(Array.from({ length: 45 }, (_, i) => template(`own-${i}`)));
    const incoming = library([...Array.from({ length: 6 }, (_, i) => template(`new-${i}`)), template('own-0', 'Renamed')]);
    const plan = planImport(many, incoming, []);
    expect(plan.templateCountAfter).toBe(51);
    expect(plan.refusal).toBe(
      'After this import there would be 51 templates, and Baton keeps at most 50. Remove 1 first, or import a smaller file.',
    );
    expect(() => applyImport(many, plan)).toThrow(plan.refusal!);
  });

  it('allows exactly MAX_TEMPLATES, and replacements do not count', () => {
    const many = library(Array.from({ length: 45 }, (_, i) => template(`own-${i}`)));
    const incoming = library([...Array.from({ length: 5 }, (_, i) => template(`new-${i}`)), template('own-0', 'Renamed')]);
    const plan = planImport(many, incoming, []);
    expect(plan.refusal).toBeNull();
    expect(applyImport(many, plan).templates).toHaveLength(MAX_TEMPLATES);
  });

  it('merges by id when the library changed after the plan was made, and still keeps the limit', () => {
    const c = template('c');
    const plan = planImport(current, library([c]), []);
    const changedMeanwhile = library([a, b, template('c', 'Made in another window')]);
    expect(applyImport(changedMeanwhile, plan).templates).toEqual([a, b, c]);

    const full = library(Array.from({ length: MAX_TEMPLATES }, (_, i) => template(`own-${i}`)));
    expect(() => applyImport(full, plan)).toThrow(/51 templates/u);
  });

  it('works with ids that are also names of Object.prototype properties', () => {
    const odd = library([template('constructor'), template('tostring'), template('hasownproperty')]);
    const plan = planImport(current, odd, ['tostring']);
    expect(plan.added.map((t) => t.id)).toEqual(['constructor', 'hasownproperty']);
    expect(applyImport(current, plan).templates.map((t) => t.id)).toEqual(['a', 'b', 'constructor', 'hasownproperty']);
  });
});

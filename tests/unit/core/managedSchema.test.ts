import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManagedPolicy } from '@/lib/templates/managedPolicy';
import { CHECKLIST_ITEM_IDS } from '@/lib/quality/checklistItems';
import { SectionSchema, TemplateQualitySchema, TemplateSchema } from '@/lib/templates/template';

const root = join(__dirname, '../../..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const schema = readJson('public/managed_schema.json');
const example = readJson('docs/managed-policy.example.json');

describe('the managed storage policy schema shipped to browsers', () => {
  it('documents an example that Baton reads with no problems', () => {
    const policy = parseManagedPolicy(example);
    expect(policy.problems).toEqual([]);
    expect(policy.templates?.templates.map((t) => t.id)).toEqual(['acme-l2']);
    expect(policy.templates?.locked).toBe(true);
    expect(policy.insertedDraftRetentionDays).toBe(30);
  });

  it('declares every key of the example, so the browser does not drop any', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(example).sort());
  });

  it('declares every template and section field Baton reads', () => {
    const templateSchema = schema.properties.templates.items;
    expect(Object.keys(templateSchema.properties).sort()).toEqual(Object.keys(TemplateSchema.shape).sort());
    expect(Object.keys(templateSchema.properties.sections.items.properties).sort()).toEqual(Object.keys(SectionSchema.shape).sort());
    const quality = templateSchema.properties.quality.properties;
    expect(Object.keys(quality).sort()).toEqual(Object.keys(TemplateQualitySchema.shape).sort());
    expect(Object.keys(quality.checklist.properties).sort()).toEqual([...CHECKLIST_ITEM_IDS].sort());
  });
});

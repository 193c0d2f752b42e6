import { describe, expect, it } from 'vitest';
import { formatCaseType, formatChecklist, parseCaseType, parseChecklist } from '@/lib/choiceAnswers';
import { composeNote } from '@/lib/compose';
import { READY_BLOCKS } from '@/lib/templates/blocks';
import { TemplateSchema } from '@/lib/templates/template';

const template = TemplateSchema.parse({
  schemaVersion: 2,
  id: 't',
  name: 'T',
  sections: ['case-type', 'missing-data'].map((id) => READY_BLOCKS.find((b) => b.id === id)!.section),
});

describe('case-type answers', () => {
  it('reads the type from the first line and keeps the rest as the agent’s note', () => {
    const { type, notes } = parseCaseType('Product defect\nReproduced on two tenants');
    expect(type?.id).toBe('product-defect');
    expect(notes).toBe('Reproduced on two tenants');
    expect(formatCaseType(type, notes)).toBe('Product defect\nReproduced on two tenants');
  });

  it('keeps free text written before the section became a case type, whole, as the note', () => {
    const legacy = 'Probably config; customer changed SSO settings';
    expect(parseCaseType(legacy)).toEqual({ notes: legacy });
  });
});

describe('checklist answers', () => {
  it('separates ticked items from other lines, and writes items in checklist order', () => {
    const { checked, notes } = parseChecklist('Reproduction steps\nSee HAR in ticket\nAccount identifiers');
    expect([...checked]).toEqual(['Reproduction steps', 'Account identifiers']);
    expect(notes).toBe('See HAR in ticket');
    expect(formatChecklist(checked, notes)).toBe('Account identifiers\nReproduction steps\nSee HAR in ticket');
  });
});

describe('choice sections in the note', () => {
  it('puts the guidance, the checklist and the agent’s notes in, text only', () => {
    const { text, html } = composeNote(template, { ticketId: '1' }, {
      'case-type': 'Configuration issue\n<b>SSO</b> misconfigured',
      'missing-data': 'Account identifiers\nOld note <script>',
    });
    expect(text).toContain('CASE TYPE\nConfiguration issue\nNext step: Guide the customer');
    expect(text).toContain('<b>SSO</b> misconfigured');
    expect(text).toContain('- Provided: Account identifiers\n- Missing: Timestamps (with time zone)');
    expect(text).toContain('Old note <script>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;b&gt;SSO&lt;/b&gt;');
  });
});

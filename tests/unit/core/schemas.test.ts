import { describe, expect, it } from 'vitest';
import { TicketContextSchema } from '@/lib/context';
import { DraftSchema, draftKey } from '@/lib/draft';
import { DEFAULT_TEMPLATE, isAgentWritten, migrateTemplate, TemplateSchema } from '@/lib/templates/template';

describe('TicketContextSchema', () => {
  it('fills defaults for a ticket read with almost nothing', () => {
    const context = TicketContextSchema.parse({ helpdesk: 'zendesk', ticketId: '1', url: 'https://a.zendesk.com/agent/tickets/1' });
    expect(context.timeline).toEqual([]);
    expect(context.organization).toEqual({ fields: [] });
    expect(context.missing).toEqual([]);
  });

  it('rejects an unknown helpdesk, an empty ticket id and an unknown author role', () => {
    expect(TicketContextSchema.safeParse({ helpdesk: 'other', ticketId: '1', url: '' }).success).toBe(false);
    expect(TicketContextSchema.safeParse({ helpdesk: 'zendesk', ticketId: '', url: '' }).success).toBe(false);
    const badEntry = { id: '1', author: 'x', authorRole: 'robot', visibility: 'public', text: '' };
    expect(TicketContextSchema.safeParse({ helpdesk: 'zendesk', ticketId: '1', url: '', timeline: [badEntry] }).success).toBe(false);
  });

  it('records where values came from and what is missing', () => {
    const context = TicketContextSchema.parse({
      helpdesk: 'zendesk',
      ticketId: '1',
      url: '',
      sources: { subject: 'dom' },
      missing: [{ field: 'timeline', reason: 'helpdesk server error (500)' }],
    });
    expect(context.sources.subject).toBe('dom');
    expect(context.missing[0].field).toBe('timeline');
  });
});

describe('DEFAULT_TEMPLATE', () => {
  it('has the five sections of the handoff, in order', () => {
    expect(DEFAULT_TEMPLATE.sections.map((s) => s.label)).toEqual([
      "What's happening",
      "What's been tried",
      'Current hypothesis',
      'Customer context',
      'What L2 should verify first',
    ]);
  });

  it('leaves hypothesis and verify-first to the agent, required, with prompt and example', () => {
    const agentSections = DEFAULT_TEMPLATE.sections.filter(isAgentWritten);
    expect(agentSections.map((s) => s.id)).toEqual(['hypothesis', 'verify-first']);
    for (const section of agentSections) {
      expect(section.required).toBe(true);
      expect(section.prompt.length).toBeGreaterThan(10);
      expect(section.example.length).toBeGreaterThan(10);
    }
  });

  it('auto-fills sections 1, 2 and 4', () => {
    expect(DEFAULT_TEMPLATE.sections.map((s) => s.fill.map((source) => source.from))).toEqual([
      ['subject', 'firstCustomerMessage', 'identifiers'],
      ['agentSteps'],
      [],
      ['requester', 'organization', 'priority', 'customFields', 'tags', 'environment'],
      [],
    ]);
  });
});

describe('TemplateSchema', () => {
  it('rejects duplicate section ids and a missing schemaVersion', () => {
    const twice = { ...DEFAULT_TEMPLATE, sections: [DEFAULT_TEMPLATE.sections[0], DEFAULT_TEMPLATE.sections[0]] };
    expect(TemplateSchema.safeParse(twice).success).toBe(false);
    const { schemaVersion: _dropped, ...noVersion } = DEFAULT_TEMPLATE;
    expect(TemplateSchema.safeParse(noVersion).success).toBe(false);
  });
});

describe('migrateTemplate', () => {
  it('turns a schemaVersion 1 template into the current one, fill sources included', () => {
    const v1 = {
      schemaVersion: 1,
      id: 'old',
      name: 'Old',
      sections: [
        { id: 'a', label: 'A', prompt: '', example: '', required: false, wordLimit: 10, autofill: 'ticketSummary' },
        { id: 'b', label: 'B', prompt: '', example: '', required: true, wordLimit: 10, autofill: 'agent' },
      ],
    };
    const template = TemplateSchema.parse(migrateTemplate(v1));
    expect(template.sections.map((s) => s.fill.map((f) => f.from))).toEqual([['subject', 'firstCustomerMessage'], []]);
  });

  it('leaves anything else for the schema to judge', () => {
    expect(migrateTemplate('nope')).toBe('nope');
    expect(TemplateSchema.safeParse(migrateTemplate({ schemaVersion: 1, sections: 'x' })).success).toBe(false);
  });
});

describe('DraftSchema', () => {
  it('keys drafts by helpdesk, host and ticket', () => {
    expect(draftKey('zendesk', 'acme.zendesk.com', '42')).toBe('zendesk/acme.zendesk.com/42');
    expect(draftKey('zendesk', 'a.zendesk.com', '42')).not.toBe(draftKey('zendesk', 'b.zendesk.com', '42'));
  });

  it('accepts a draft and rejects one from a future schema version', () => {
    const draft = {
      schemaVersion: 1,
      key: 'zendesk/acme.zendesk.com/42',
      helpdesk: 'zendesk',
      host: 'acme.zendesk.com',
      ticketId: '42',
      templateId: 'default',
      answers: { hypothesis: 'x' },
      updatedAt: 1,
    };
    expect(DraftSchema.parse(draft).answers.hypothesis).toBe('x');
    expect(DraftSchema.safeParse({ ...draft, schemaVersion: 2 }).success).toBe(false);
  });
});

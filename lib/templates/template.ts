import { CHECKLIST_ITEM_IDS } from '../quality/checklistItems';
import { z } from '../zod';

const FIELD_NAME = z.string().check(z.trim(), z.minLength(1, 'name the field'), z.maxLength(80));

/**
 * One thing a section can be pre-filled from. A section lists any number of them, in the
 * order they appear in its text; none at all means the agent writes the section.
 */
export const FillSourceSchema = z.discriminatedUnion('from', [
  z.object({ from: z.literal('subject') }),
  z.object({ from: z.literal('firstCustomerMessage') }),
  /** One action → result bullet per internal note or agent reply. */
  z.object({ from: z.literal('agentSteps') }),
  z.object({ from: z.literal('requester') }),
  /** The organization's name and all of its fields. */
  z.object({ from: z.literal('organization') }),
  /** One organization field, by its label as the helpdesk shows it ("Plan"). */
  z.object({ from: z.literal('organizationField'), name: FIELD_NAME }),
  /** One ticket custom field, by its label ("App version"). */
  z.object({ from: z.literal('customField'), name: FIELD_NAME }),
  /** Every ticket custom field that has a value. */
  z.object({ from: z.literal('customFields') }),
  z.object({ from: z.literal('tags') }),
  z.object({ from: z.literal('priority') }),
  /** Product version, OS, browser, device and network found in the conversation and fields, one per line. */
  z.object({ from: z.literal('environment') }),
  /** IDs, error codes and messages, URLs and times found in the conversation: what L2 searches logs with. */
  z.object({ from: z.literal('identifiers') }),
]);
export type FillSource = z.infer<typeof FillSourceSchema>;
export type FillSourceKind = FillSource['from'];

/**
 * How the agent answers: free text, one of the four case types, or a checklist of the
 * data L2 will ask for. The answer is always stored as text, so drafts never depend on it.
 */
export const SectionKindSchema = z.enum(['text', 'caseType', 'checklist']);
export type SectionKind = z.infer<typeof SectionKindSchema>;

/**
 * What a section is for in the handoff, so the quality checks know what to expect of it (a
 * hypothesis gives a reason, "verify first" names a concrete target). Optional: a section
 * without a role is checked only for vague text and its word limit.
 */
export const SectionRoleSchema = z.enum(['happening', 'tried', 'hypothesis', 'customer', 'verifyFirst']);
export type SectionRole = z.infer<typeof SectionRoleSchema>;

export const SECTION_ID_PATTERN = /^[a-z][a-z0-9-]{0,39}$/u;

export const SectionSchema = z.object({
  id: z.string().check(z.regex(SECTION_ID_PATTERN, 'use lower-case letters, digits and dashes, starting with a letter')),
  label: z.string().check(z.trim(), z.minLength(1, 'give the section a label'), z.maxLength(80)),
  /** One-line question shown above the field. */
  prompt: z.string().check(z.maxLength(200)),
  /** An example of a good answer, shown as the field's placeholder. */
  example: z.string().check(z.maxLength(400)),
  required: z.boolean(),
  wordLimit: z.int().check(z.positive(), z.maximum(2000)),
  kind: z._default(SectionKindSchema, 'text'),
  fill: z._default(z.array(FillSourceSchema).check(z.maxLength(10)), []),
  role: z.optional(SectionRoleSchema),
});
export type Section = z.infer<typeof SectionSchema>;
export type SectionInput = z.input<typeof SectionSchema>;

/** How a template treats one missing-data item: not asked about, shown, or needed before inserting. */
export const ChecklistRuleSchema = z.enum(['off', 'show', 'require']);
export type ChecklistRule = z.infer<typeof ChecklistRuleSchema>;

/**
 * The team's bar for a handoff. Items not listed are shown; a minimum score of 0 asks for
 * nothing. Missing a required item or the minimum never blocks: the agent can insert anyway,
 * and the note says so.
 */
export const TemplateQualitySchema = z.object({
  checklist: z._default(z.partialRecord(z.enum(CHECKLIST_ITEM_IDS), ChecklistRuleSchema), {}),
  minimumScore: z._default(z.int().check(z.minimum(0), z.maximum(100)), 0),
});
export type TemplateQuality = z.infer<typeof TemplateQualitySchema>;
export const DEFAULT_QUALITY: TemplateQuality = { checklist: {}, minimumScore: 0 };

export const TEMPLATE_SCHEMA_VERSION = 2;
export const TEMPLATE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/u;
export const MAX_SECTIONS = 20;

export const TemplateSchema = z.object({
  schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
  id: z.string().check(z.regex(TEMPLATE_ID_PATTERN, 'use lower-case letters, digits and dashes')),
  name: z.string().check(z.trim(), z.minLength(1, 'give the template a name'), z.maxLength(80)),
  sections: z
    .array(SectionSchema)
    .check(
      z.minLength(1, 'a template needs at least one section'),
      z.maxLength(MAX_SECTIONS),
      z.refine((sections) => new Set(sections.map((s) => s.id)).size === sections.length, 'section ids must be unique'),
    ),
  quality: z._default(TemplateQualitySchema, DEFAULT_QUALITY),
});
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;

/** Templates of schemaVersion 1 named one filler per section; version 2 lists sources. */
const V1_AUTOFILL: Record<string, FillSource[]> = {
  agent: [],
  ticketSummary: [{ from: 'subject' }, { from: 'firstCustomerMessage' }],
  timelineSteps: [{ from: 'agentSteps' }],
  customerContext: [{ from: 'requester' }, { from: 'organization' }, { from: 'priority' }, { from: 'customFields' }, { from: 'tags' }],
};

/**
 * Brings an older template up to the current schema; anything else passes through untouched
 * for the schema to judge. Never throws: a bad value is the validator's to explain.
 */
export function migrateTemplate(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || (raw as { schemaVersion?: unknown }).schemaVersion !== 1) return raw;
  const v1 = raw as { sections?: unknown };
  const sections = Array.isArray(v1.sections)
    ? v1.sections.map((section: unknown) => {
        if (typeof section !== 'object' || section === null) return section;
        const { autofill, ...rest } = section as { autofill?: unknown };
        const fill = typeof autofill === 'string' ? V1_AUTOFILL[autofill] : undefined;
        return fill ? { ...rest, kind: 'text', fill } : section;
      })
    : v1.sections;
  return { ...raw, schemaVersion: TEMPLATE_SCHEMA_VERSION, sections };
}

/** True when the agent, not the ticket, writes the section. */
export function isAgentWritten(section: Section): boolean {
  return section.fill.length === 0;
}

/** The five-section handoff of PRODUCT.md, always in this order so L2 knows where to look. */
export const DEFAULT_TEMPLATE: Template = TemplateSchema.parse({
  schemaVersion: TEMPLATE_SCHEMA_VERSION,
  id: 'default',
  name: 'Standard L2 handoff',
  sections: [
    {
      id: 'happening',
      role: 'happening',
      label: "What's happening",
      prompt: 'What the customer cannot do, since when, how often, which component.',
      example: 'Since the plan change on 12 Nov, all SSO users of Acme get "SAML response invalid" at login; password users are fine.',
      required: false,
      wordLimit: 100,
      fill: [...V1_AUTOFILL.ticketSummary, { from: 'identifiers' }],
    },
    {
      id: 'tried',
      role: 'tried',
      label: "What's been tried",
      prompt: 'One line per attempt: action → result.',
      example: '- Cleared cookies → same error\n- Tried incognito → same error\n- Re-sent SSO metadata → no change',
      required: false,
      wordLimit: 100,
      fill: V1_AUTOFILL.timelineSteps,
    },
    {
      id: 'hypothesis',
      role: 'hypothesis',
      label: 'Current hypothesis',
      prompt: 'Your best guess and why. A wrong guess still tells L2 what you ruled out.',
      example: 'The plan change rotated the IdP certificate: the error started the same hour and only SSO users are affected.',
      required: true,
      wordLimit: 100,
    },
    {
      id: 'customer',
      role: 'customer',
      label: 'Customer context',
      prompt: 'Plan, account size, urgency, recent changes, environment, availability.',
      example: 'Enterprise plan, 420 seats, priority high. Plan changed 12 Nov. Chrome 131 on Windows 11. Available for a call 14:00–17:00 CET.',
      required: false,
      wordLimit: 100,
      fill: [...V1_AUTOFILL.customerContext, { from: 'environment' }],
    },
    {
      id: 'verify-first',
      role: 'verifyFirst',
      label: 'What L2 should verify first',
      prompt: 'The fastest path to a diagnosis: which log, which ID, which time.',
      example: 'Check the SAML logs for org 88231 around 14:30 UTC on 12 Nov for a certificate fingerprint mismatch.',
      required: true,
      wordLimit: 100,
    },
  ],
});

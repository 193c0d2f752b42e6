import { z } from './zod';

/** What pre-fills a section before the agent edits it. */
export const AutofillSchema = z.enum([
  /** Nothing: the agent writes it (hypothesis, verify first). */
  'agent',
  /** Subject plus the first customer message. */
  'ticketSummary',
  /** One action → result bullet per internal note or agent step. */
  'timelineSteps',
  /** Requester, organization fields, priority, tags, custom fields. */
  'customerContext',
]);
export type Autofill = z.infer<typeof AutofillSchema>;

export const SectionSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/u, 'lower-case letters, digits and dashes')),
  label: z.string().check(z.minLength(1), z.maxLength(80)),
  /** One-line question shown above the field. */
  prompt: z.string().check(z.maxLength(200)),
  /** An example of a good answer, shown as the field's placeholder. */
  example: z.string().check(z.maxLength(400)),
  required: z.boolean(),
  wordLimit: z.int().check(z.positive(), z.maximum(2000)),
  autofill: AutofillSchema,
});
export type Section = z.infer<typeof SectionSchema>;

export const TEMPLATE_SCHEMA_VERSION = 1;

export const TemplateSchema = z.object({
  schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  sections: z
    .array(SectionSchema)
    .check(
      z.minLength(1),
      z.refine((sections) => new Set(sections.map((s) => s.id)).size === sections.length, 'section ids must be unique'),
    ),
});
export type Template = z.infer<typeof TemplateSchema>;

/** The five-section handoff of PRODUCT.md, always in this order so L2 knows where to look. */
export const DEFAULT_TEMPLATE: Template = TemplateSchema.parse({
  schemaVersion: TEMPLATE_SCHEMA_VERSION,
  id: 'default',
  name: 'Standard L2 handoff',
  sections: [
    {
      id: 'happening',
      label: "What's happening",
      prompt: 'What the customer cannot do, since when, how often, which component.',
      example: 'Since the plan change on 12 Nov, all SSO users of Acme get "SAML response invalid" at login; password users are fine.',
      required: false,
      wordLimit: 100,
      autofill: 'ticketSummary',
    },
    {
      id: 'tried',
      label: "What's been tried",
      prompt: 'One line per attempt: action → result.',
      example: '- Cleared cookies → same error\n- Tried incognito → same error\n- Re-sent SSO metadata → no change',
      required: false,
      wordLimit: 100,
      autofill: 'timelineSteps',
    },
    {
      id: 'hypothesis',
      label: 'Current hypothesis',
      prompt: 'Your best guess and why. A wrong guess still tells L2 what you ruled out.',
      example: 'The plan change rotated the IdP certificate: the error started the same hour and only SSO users are affected.',
      required: true,
      wordLimit: 100,
      autofill: 'agent',
    },
    {
      id: 'customer',
      label: 'Customer context',
      prompt: 'Plan, account size, urgency, recent changes, environment, availability.',
      example: 'Enterprise plan, 420 seats, priority high. Plan changed 12 Nov. Chrome 131 on Windows 11. Available for a call 14:00–17:00 CET.',
      required: false,
      wordLimit: 100,
      autofill: 'customerContext',
    },
    {
      id: 'verify-first',
      label: 'What L2 should verify first',
      prompt: 'The fastest path to a diagnosis: which log, which ID, which time.',
      example: 'Check the SAML logs for org 88231 around 14:30 UTC on 12 Nov for a certificate fingerprint mismatch.',
      required: true,
      wordLimit: 100,
      autofill: 'agent',
    },
  ],
});

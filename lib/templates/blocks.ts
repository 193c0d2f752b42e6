import { CHECKLIST_ITEMS } from '../quality/checklistItems';
import type { SectionInput } from './template';

/** The four case types of L2 decision-making, with the guidance L2 works from. */
export const CASE_TYPES = [
  {
    id: 'expected-behaviour',
    label: 'Expected behaviour',
    nextStep: 'Send a customer-safe clarification, with evidence.',
    engineeringJoins: 'When the product interpretation remains unclear.',
  },
  {
    id: 'configuration-issue',
    label: 'Configuration issue',
    nextStep: 'Guide the customer or internal owner to the correction.',
    engineeringJoins: 'When support lacks the access to finish the fix.',
  },
  {
    id: 'temporary-platform-issue',
    label: 'Temporary platform issue',
    nextStep: 'Verify scope and timing, communicate status and monitor.',
    engineeringJoins: 'When incident handling becomes necessary.',
  },
  {
    id: 'product-defect',
    label: 'Product defect',
    nextStep: 'Package evidence and impact; escalate with a clear hypothesis.',
    engineeringJoins: 'As soon as defect likelihood is credible.',
  },
] as const;

/**
 * What L2 will ask for if it is missing, by label: a checklist section ticks off what the note
 * has, and stores the ticked labels as its answer. The items themselves are the quality engine's.
 */
export const MISSING_DATA_ITEMS: readonly string[] = CHECKLIST_ITEMS.map((item) => item.label);

export interface ReadyBlock {
  /** Stable id of the block; also the section id it is inserted with (suffixed if taken). */
  id: string;
  title: string;
  description: string;
  section: SectionInput;
}

/** Optional sections a team lead can add in one click (PRODUCT.md's optional list). */
export const READY_BLOCKS: readonly ReadyBlock[] = [
  {
    id: 'environment',
    title: 'Environment',
    description: 'Product/app version, OS, browser, device, network.',
    section: {
      id: 'environment',
      label: 'Environment',
      prompt: 'Product or app version, OS, browser, device, network.',
      example: 'App 4.12.1 on iOS 18.1, iPhone 15; office Wi-Fi behind a proxy.',
      required: false,
      wordLimit: 60,
      kind: 'text',
      fill: [],
    },
  },
  {
    id: 'availability',
    title: 'Customer availability',
    description: 'When and how L2 can reach the customer.',
    section: {
      id: 'availability',
      label: 'Customer availability',
      prompt: 'When and how L2 can reach the customer, with time zone.',
      example: 'Weekdays 09:00–12:00 CET by phone; prefers email after that.',
      required: false,
      wordLimit: 40,
      kind: 'text',
      fill: [],
    },
  },
  {
    id: 'case-type',
    title: 'Case type',
    description: 'Expected behaviour, configuration issue, temporary platform issue or product defect.',
    section: {
      id: 'case-type',
      label: 'Case type',
      prompt: 'Which kind of case this looks like; it decides L2’s next step.',
      example: 'Configuration issue',
      required: false,
      wordLimit: 10,
      kind: 'caseType',
      fill: [],
    },
  },
  {
    id: 'missing-data',
    title: 'Missing-data checklist',
    description: 'Tick what the note already has; the rest is listed as missing.',
    section: {
      id: 'missing-data',
      label: 'Missing data',
      prompt: 'Tick what this note already gives L2.',
      example: 'Account identifiers, timestamps',
      required: false,
      wordLimit: 200,
      kind: 'checklist',
      fill: [],
    },
  },
];

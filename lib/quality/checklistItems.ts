/**
 * The data L2 asks for when it is missing (seed 003's missing-data list). Ids are stable: templates
 * and drafts refer to them. Labels are what the panel and the note show.
 */
export const CHECKLIST_ITEMS = [
  {
    id: 'account-ids',
    label: 'Account identifiers',
    definition:
      'An ID L2 can look the customer up by: account, organization, tenant, workspace, user, order, invoice, request or transaction ID or number, or an affected user named by username or e-mail in the conversation or ticket fields. The requester’s own contact address alone does not count.',
  },
  {
    id: 'timestamps',
    label: 'Timestamps (with time zone)',
    definition: 'When the problem happened, as a date or clock time with its time zone or UTC offset (or an ISO time with Z/offset).',
  },
  {
    id: 'repro-steps',
    label: 'Reproduction steps',
    definition: 'How to make the problem happen: at least two concrete steps in order, or an explicit "to reproduce" description.',
  },
  {
    id: 'environment',
    label: 'Environment / device details',
    definition: 'At least one of: product or app version, OS, browser, device, network details.',
  },
  {
    id: 'affected-users',
    label: 'Number of affected users',
    definition: 'How many or which users are affected: a number, "only me", "everyone on the team", "all SSO users".',
  },
  {
    id: 'permissions-plan',
    label: 'Permissions / plan',
    definition: 'The affected user’s role or permissions, or the account’s plan or tier.',
  },
  {
    id: 'authorization',
    label: 'Customer authorization for account changes',
    definition: 'The customer explicitly allows support to access or change their account ("you may log in as me", "go ahead and reset it").',
  },
] as const;

export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
export type ChecklistItemId = ChecklistItem['id'];
export const CHECKLIST_ITEM_IDS = CHECKLIST_ITEMS.map((item) => item.id) as [ChecklistItemId, ...ChecklistItemId[]];

import { type TicketContext, TicketContextSchema, type TicketContextInput } from '@/lib/context';

/** A small, readable ticket for core tests; adapters have their own recorded fixtures. */
export function sampleContext(overrides: Partial<TicketContextInput> = {}): TicketContext {
  return TicketContextSchema.parse({
    helpdesk: 'zendesk',
    ticketId: '4211',
    url: 'https://acme.zendesk.com/agent/tickets/4211',
    subject: 'SSO login fails after plan change',
    status: 'open',
    priority: 'high',
    requester: { name: 'Dana Ito', email: 'dana@example.com' },
    organization: { name: 'Northwind', fields: [{ label: 'Plan tier', value: 'Enterprise' }] },
    tags: ['sso', 'login'],
    customFields: [{ label: 'Product version', value: '5.2.1' }],
    timeline: [
      {
        id: '1',
        author: 'Dana Ito',
        authorRole: 'customer',
        visibility: 'public',
        at: '2026-11-12T14:30:00Z',
        text: 'Since this morning none of our SSO users can log in. They get "SAML response invalid".',
      },
      {
        id: '2',
        author: 'Sam Agent',
        authorRole: 'agent',
        visibility: 'internal',
        at: '2026-11-12T15:00:00Z',
        text: 'Checked status page. Nothing reported.\nCleared cookies -> same error\nTried incognito → same error',
      },
      {
        id: '3',
        author: 'Sam Agent',
        authorRole: 'agent',
        visibility: 'public',
        at: '2026-11-12T15:05:00Z',
        text: 'Thanks Dana, we are looking into it. Could you send a HAR file?',
      },
    ],
    ...overrides,
  });
}

import { type TicketContext, TicketContextSchema } from '../context';

/**
 * The ticket the options page previews templates on: every field a section can be filled
 * from has a value, so a team lead sees what each fill source produces.
 */
export const SAMPLE_TICKET: TicketContext = TicketContextSchema.parse({
  helpdesk: 'zendesk',
  ticketId: '4211',
  url: 'https://acme.zendesk.com/agent/tickets/4211',
  subject: 'SSO login fails for all users after plan change',
  status: 'open',
  priority: 'high',
  requester: { name: 'Dana Ito', email: 'dana@northwind.example' },
  organization: {
    name: 'Northwind Traders',
    fields: [
      { label: 'Plan', value: 'Enterprise' },
      { label: 'Seats', value: '420' },
    ],
  },
  tags: ['sso', 'login', 'enterprise'],
  customFields: [
    { label: 'App version', value: '5.2.1' },
    { label: 'Region', value: 'EU' },
  ],
  timeline: [
    {
      id: '1',
      author: 'Dana Ito',
      authorRole: 'customer',
      visibility: 'public',
      at: '2026-11-12T14:30:00Z',
      text: 'Since this morning none of our SSO users can log in. They get "SAML response invalid". Password users are fine.',
    },
    {
      id: '2',
      author: 'Sam Rivera',
      authorRole: 'agent',
      visibility: 'internal',
      at: '2026-11-12T15:00:00Z',
      text: 'Cleared cookies -> same error\nTried incognito -> same error\nRe-sent SSO metadata -> no change',
    },
  ],
});

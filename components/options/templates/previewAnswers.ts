import { prefill } from '@/lib/autofill';
import type { TicketContext } from '@/lib/context';
import { SAMPLE_TICKET } from '@/lib/templates/sampleTicket';
import { isAgentWritten, type Template } from '@/lib/templates/template';

/**
 * What the preview shows in each section: the ticket-filled text for sections filled from
 * the ticket, and the section's example answer standing in for what an agent would write.
 */
export function previewAnswers(template: Template, ticket: TicketContext = SAMPLE_TICKET): Record<string, string> {
  const filled = prefill(template, ticket);
  return Object.fromEntries(
    template.sections.map((section) => [
      section.id,
      section.kind === 'text' && !isAgentWritten(section) ? (filled[section.id] ?? '') : section.example,
    ]),
  );
}

import type { TicketContext } from './context';
import { parseCaseType, parseChecklist } from './choiceAnswers';
import type { ChecklistStatus } from './quality/checklist';
import { MISSING_DATA_ITEMS } from './templates/blocks';
import type { Section, Template } from './templates/template';
import { stripInvisible } from './text';

export interface ComposedNote {
  /** For rich editors. Every value is escaped: customer text never becomes markup. */
  html: string;
  /** For plain-text editors: the same content, blank lines between paragraphs. */
  text: string;
}

const NOT_PROVIDED = 'Not provided.';
const BULLET = /^\s*(?:[-*•])\s+/u;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}

type Block = { kind: 'paragraph'; lines: string[] } | { kind: 'list'; items: string[] };

/** Splits an answer into paragraphs (blank-line separated) and bullet lists ("- " lines). */
export function toBlocks(answer: string): Block[] {
  const blocks: Block[] = [];
  for (const rawLine of stripInvisible(answer).replace(/\r\n?/gu, '\n').split('\n')) {
    const line = rawLine.trimEnd();
    const last = blocks.at(-1);
    if (line.trim() === '') {
      blocks.push({ kind: 'paragraph', lines: [] });
    } else if (BULLET.test(line)) {
      const item = line.replace(BULLET, '').trim();
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else if (last?.kind === 'paragraph' && last.lines.length > 0) {
      last.lines.push(line.trim());
    } else {
      blocks.push({ kind: 'paragraph', lines: [line.trim()] });
    }
  }
  return blocks.filter((block) => (block.kind === 'list' ? block.items.length > 0 : block.lines.length > 0));
}

function blocksToHtml(blocks: Block[]): string {
  return blocks
    .map((block) =>
      block.kind === 'list'
        ? `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
        : `<p>${block.lines.map(escapeHtml).join('<br>')}</p>`,
    )
    .join('');
}

function blocksToText(blocks: Block[]): string {
  return blocks
    .map((block) => (block.kind === 'list' ? block.items.map((item) => `- ${item}`).join('\n') : block.lines.join('\n')))
    .join('\n\n');
}

function heading(context: Pick<TicketContext, 'ticketId'>): string {
  return `Escalation handoff: ticket #${context.ticketId}`;
}

/**
 * The blocks a section contributes. A case type carries its L2 guidance along; a checklist
 * lists every item as provided or missing, so L2 sees the gaps without asking. The agent's
 * own notes on either follow.
 */
export function sectionBlocks(section: Section, answer: string, checklist?: readonly ChecklistStatus[]): Block[] {
  if (section.kind === 'caseType') {
    const { type, notes } = parseCaseType(answer);
    const guidance: Block[] = type
      ? [{ kind: 'paragraph', lines: [type.label, `Next step: ${type.nextStep}`, `Engineering joins: ${type.engineeringJoins}`] }]
      : [];
    return [...guidance, ...toBlocks(notes)];
  }
  if (section.kind === 'checklist') {
    const { checked, notes } = parseChecklist(answer);
    // The live checklist knows what the ticket and the note hold; without it, only the ticks do.
    const items = checklist
      ? checklist.map((item) => (item.present ? `Provided: ${item.label}${item.evidence ? ` (${item.evidence})` : ''}` : `Missing: ${item.label}`))
      : answer.trim()
        ? MISSING_DATA_ITEMS.map((item) => `${checked.has(item) ? 'Provided' : 'Missing'}: ${item}`)
        : [];
    return [...(items.length ? [{ kind: 'list' as const, items }] : []), ...toBlocks(notes)];
  }
  return toBlocks(answer);
}

export interface NoteExtras {
  /** The live missing-data checklist, for checklist sections. */
  checklist?: readonly ChecklistStatus[];
  /** What the agent inserted the note in spite of (the team's required data, its minimum score). */
  insertedAnyway?: readonly string[];
}

/** The handoff note, in both formats, with the template's sections in the template's order. */
export function composeNote(
  template: Template,
  context: Pick<TicketContext, 'ticketId'>,
  answers: Record<string, string>,
  extras: NoteExtras = {},
): ComposedNote {
  const title = stripInvisible(heading(context));
  const html: string[] = [`<p><strong>${escapeHtml(title)}</strong></p>`];
  const text: string[] = [title];
  for (const section of template.sections) {
    const blocks = sectionBlocks(section, answers[section.id] ?? '', extras.checklist);
    const label = stripInvisible(section.label);
    html.push(`<p><strong>${escapeHtml(label)}</strong></p>`);
    html.push(blocks.length ? blocksToHtml(blocks) : `<p>${NOT_PROVIDED}</p>`);
    text.push(`${label.toUpperCase()}\n${blocks.length ? blocksToText(blocks) : NOT_PROVIDED}`);
  }
  if (extras.insertedAnyway?.length) {
    // Said in the note itself, so L2 knows the gaps were seen and accepted, not overlooked.
    const record = `Inserted anyway: ${extras.insertedAnyway.join('; ')}.`;
    html.push(`<p><em>${escapeHtml(record)}</em></p>`);
    text.push(record);
  }
  return { html: html.join(''), text: text.join('\n\n') };
}

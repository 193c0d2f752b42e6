import type { SourceRef } from '@/lib/quality/types';
import { clip } from '@/lib/text';

function when(at: string | undefined): string {
  if (!at) return '';
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Where a find came from, in words: "Sam Agent · 12 Nov 2026, 15:00", or the field's name. */
export function sourceHeading(source: SourceRef): string {
  if (source.entryId.startsWith('field:')) return `Ticket field "${clip(source.entryId.slice('field:'.length), 80)}"`;
  return [source.author ? clip(source.author, 80) : 'Timeline entry', when(source.at)].filter(Boolean).join(' · ');
}

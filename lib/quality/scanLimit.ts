/**
 * How much of one text (a timeline entry, a field, a section) any quality check reads. Entries
 * can be a megabyte of pasted logs; what an agent or L2 needs is near the top, and one fixed cap
 * keeps every extractor, checklist finder and lint rule bounded per text, on every keystroke.
 */
export const MAX_SCANNED_CHARS = 20_000;

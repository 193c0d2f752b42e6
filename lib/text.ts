/** Words as an agent would count them: runs of non-space characters. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** The first `limit` words of `text`, with an ellipsis when something was cut. */
export function firstWords(text: string, limit: number): string {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  if (words.length <= limit) return words.join(' ');
  return `${words.slice(0, limit).join(' ')}…`;
}

/** Collapses all whitespace (including no-break spaces) to single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Removes characters that can disguise text when it is shown to L2: bidi overrides
 * (RTL tricks that reorder what is read), zero-width characters and C0/C1 controls
 * other than tab and newline. Customer text keeps its meaning, loses its tricks.
 */
export function stripInvisible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu, '');
}

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

/**
 * How much of one ticket value Baton shows or pre-fills. Customer text can be any length (a
 * pasted base64 blob, a log line without spaces); laying out one very long unbroken run in the
 * panel's fields takes the browser seconds to minutes, and a handoff needs none of it.
 */
export const MAX_SHOWN_CHARS = 1000;

/** `text` cut to `max` characters, with an ellipsis when something was cut. Never splits a surrogate pair. */
export function clip(text: string, max = MAX_SHOWN_CHARS): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

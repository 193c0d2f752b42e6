/** Text with whitespace and editor filler characters removed, so layouts compare equal. */
export function fingerprint(text: string): string {
  // CKEditor pads empty inline positions with zero-width spaces; editors turn spaces into
  // no-break spaces. Neither changes what the agent sees.
  return text.replace(/[\s\u200B-\u200D\u2060\uFEFF]+/gu, '');
}

/** What an HTML note reads as once rendered, without executing or loading anything. */
export function visibleTextOfHtml(html: string): string {
  // DOMParser documents are inert: no scripts run, no images load.
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

export function editorText(target: HTMLElement): string {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) return target.value;
  return target.textContent ?? '';
}

/** How many times `needle` occurs in `haystack`, without overlaps. */
export function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

// Error messages in one text: quoted after an error word, pasted log and stack-trace lines, the line after "Error:".
import { scan } from '../sourceRef';
import type { ScannedFind } from './claims';
import {
  CODE_ONLY,
  ERROR_COLON_INLINE,
  ERROR_COLON_LINE,
  ERROR_VOCABULARY,
  EXCEPTION,
  JSON_ERROR_MESSAGE,
  LOG_ERROR_LINE,
  LOG_LINE_PREFIX,
  QUOTED,
  STRONG_INTRO,
  WEAK_INTRO,
} from './errorMessagePatterns';
import { inSpans } from './textAround';

/**
 * Quoted error text after an error word ("error", "says", "shows"…) and error lines of pasted logs
 * and stack traces. `skip`: boilerplate and URLs; `codes`: codes already found, not repeated as messages.
 */
export function errorMessages(text: string, present: ReadonlySet<string>, skip: readonly [number, number][], codes: ReadonlySet<string>): ScannedFind[] {
  const found: { value: string; index: number; end: number }[] = [];
  const add = (raw: string, at: number) => {
    // 'Error: "Tunnel closed."' is the message inside the quotes.
    const trimmed = raw.trim();
    const unquoted = /^["“][^"“”]+["”]$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
    const value = unquoted.replace(/[\s.:;,]+$/, '');
    const index = at + raw.indexOf(value.charAt(0));
    if (value.length < 3 || CODE_ONLY.test(value) || codes.has(value.toLowerCase()) || inSpans(skip, index)) return;
    found.push({ value, index, end: index + value.length });
  };
  scan(QUOTED, text, present, (match) => {
    const quoted = match[1] ?? match[2] ?? '';
    const before = text.slice(Math.max(0, match.index - 50), match.index);
    if (/[.,;!?]\s*$/.test(before)) return;
    if (STRONG_INTRO.test(before) || (WEAK_INTRO.test(before) && ERROR_VOCABULARY.test(quoted))) add(quoted, match.index + 1);
  });
  scan(LOG_ERROR_LINE, text, present, (match) => {
    const raw = match.groups?.message ?? '';
    const message = raw.replace(LOG_LINE_PREFIX, '');
    // "ERROR 1043" is a code (found as one); a message has words.
    if (/^\d+\b/.test(message)) return;
    add(message, match.index + match[0].length - message.length);
  });
  scan(JSON_ERROR_MESSAGE, text, present, (match) => {
    // {"message":"Created"} is a success body: only error keys or error wording count.
    const message = match.groups?.message ?? '';
    if (/^"(?:error|errorMessage)/i.test(match[0]) || ERROR_VOCABULARY.test(message)) add(message, match.index + match[0].length - message.length - 1);
  });
  for (const pattern of [ERROR_COLON_LINE, ERROR_COLON_INLINE, EXCEPTION]) {
    scan(pattern, text, present, (match) => {
      const message = match.groups?.message ?? '';
      add(message, match.index + match[0].length - message.length);
    });
  }
  for (const { message, index } of messagesAfterIntroLines(text)) add(message, index);
  // A stack trace line inside a log line's message is the same message: keep the outer one.
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: ScannedFind[] = [];
  let coveredTo = -1;
  for (const { value, index, end } of found) {
    if (index < coveredTo) continue;
    kept.push({ kind: 'error-message', value, index });
    coveredTo = end;
    // "… tunnels failed. (809)", "Media connection failed (code 1006)": the code the message ends with.
    const code = TRAILING_CODE.exec(value);
    const codeValue = code?.groups?.code ?? '';
    if (code && /\d/.test(codeValue) && !codes.has(codeValue.toLowerCase())) kept.push({ kind: 'error-code', value: codeValue, index: index + code.index + code[0].indexOf(codeValue) });
  }
  return kept;
}

const TRAILING_CODE = /\((?<code>(?:code\s)?[A-Za-z0-9][\w.-]{0,15})\)$/i;
// A line that introduces the error on the next line: "Error:", "The log shows this:", "Bounce from the log:".
const STRONG_INTRO_LINE = /\b(?:error|errors|error\s+message|exception|bounce|bounced|bounces|fehlermeldung|fehler|erreur|erro|errore|foutmelding)\b/i;
const WEAK_INTRO_LINE = /\b(?:message|says|said|shows|showed|displays|displayed|reads|output|response|log|popup|pop-up|banner|dialog)\b/i;
// A reply code before the message on that line: "550 5.7.515 Access denied…", "403 Forbidden: …".
const LEADING_CODE = /^(?:[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}|[245]\.\d{1,3}\.\d{1,3}|[45]\d\d)[^\S\n]{1,3}(?:-[^\S\n]{1,3})?/;

/** The line after a line that ends with ":" and names an error: pasted messages without quotes. */
function messagesAfterIntroLines(text: string): { message: string; index: number }[] {
  if (!/:[^\S\n]*\n/.test(text)) return [];
  const found: { message: string; index: number }[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    if (newline === -1) break;
    const line = text.slice(lineStart, newline).trim();
    lineStart = newline + 1;
    if (!line.endsWith(':') || line.length > 200) continue;
    const strong = STRONG_INTRO_LINE.test(line);
    if (!strong && !WEAK_INTRO_LINE.test(line)) continue;
    // The next non-empty line, at most two blank lines on.
    let at = lineStart;
    for (let blank = 0; blank < 3; blank++) {
      const end = text.indexOf('\n', at);
      const next = text.slice(at, end === -1 ? text.length : end);
      if (next.trim() === '') {
        if (end === -1) break;
        at = end + 1;
        continue;
      }
      const leading = next.length - next.trimStart().length;
      let message = next.trim();
      let index = at + leading;
      // Quoted (QUOTED reads it), a quoted reply or a list item: read elsewhere, or not one message.
      if (/^["“'‘>\-*•]|^\d+[.)]\s/.test(message) || message.length > 300) break;
      const code = LEADING_CODE.exec(message);
      if (code) {
        index += code[0].length;
        message = message.slice(code[0].length);
      }
      if (strong || ERROR_VOCABULARY.test(message)) found.push({ message, index });
      break;
    }
  }
  return found;
}

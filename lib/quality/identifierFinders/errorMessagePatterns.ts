// Patterns for error messages: quoted after an error word, JSON error bodies, log error lines, "Error: …", exceptions.
// Every quantifier is bounded and no group repeats an ambiguous sub-pattern, so each regex is linear in the text it scans.
import type { ScanPattern } from '../sourceRef';

/** A message that is only a code ("ERR_CONNECTION_RESET", "1043") is a code, not a message. */
export const CODE_ONLY = /^[\w.:#/-]+$/;
/** A quoted span: "…", “…”, '…' (an apostrophe inside a word does not end it). */
export const QUOTED: ScanPattern = { triggers: ['"', '“', "'", '‘'], pattern: /["“]([^"“”\n]{2,300})["”]|(?<![\w'])['‘]((?:[^'‘’\n]|(?<=[A-Za-z])['’](?=[A-Za-z])){2,300})['’](?![A-Za-z])/g };
/** Right before a quote: an explicit error word. Any quoted text after it is the message. */
export const STRONG_INTRO =
  /\b(?:error|errors|error\s+message|err|exception|warning|fault|failure|failed\s+with|erro|erros|erreur|erreurs|errore|errori|fehler|fehlermeldung|foutmelding|fout|mensagem\s+de\s+erro|mensaje\s+de\s+error|message\s+d['’]erreur|messaggio\s+di\s+errore)\b[^"“”‘\n]{0,30}$|\b(?:error|error\s+message|errors|message|fehlermeldung|erreur|erro|errore)\s{0,3}:\s{0,6}$/i;
/** Right before a quote: a verb of showing. The quoted text must read like an error too. */
export const WEAK_INTRO =
  /\b(?:message|messages|says|said|saying|say|shows|showed|shown|showing|show|displays|displayed|displaying|get|gets|got|getting|reads|reading|returns|returned|returning|throws|threw|throwing|popup|pop-up|banner|toast|alert|notification|dialog|prompt|reports|reported|receive|receives|received|receiving|see|sees|seeing|response|responds|responded)\b[^"“”‘\n]{0,30}$|(?:→|->|=>)[^\S\n]{0,3}$/i;
/** What an error message usually says. */
export const ERROR_VOCABULARY =
  /\b(?:not|no|never|error|errors|invalid|fail|failed|failure|failing|unable|cannot|can't|can’t|could\s+not|couldn't|couldn’t|denied|not\s+found|forbidden|unauthori[sz]ed|expired|timeout|timed\s+out|went\s+wrong|problem|unexpected|exception|missing|incorrect|wrong|not\s+allowed|no\s+access|blocked|refused|rejected|declined|mismatch|exceeded|limit|unavailable|oops|sorry|try\s+again|not\s+supported|unsupported|disabled|locked|conflict|does\s+not|doesn't|doesn’t|do\s+not|don't|don’t|isn't|isn’t|not\s+valid|bad|crash|crashed|broken|lost|offline|no\s+longer|permission|not\s+permitted|unknown|undefined|null|too\s+many|unreachable|violation|violates|constraint|already\s+exists|duplicate|needs\s+attention|attention\s+required|action\s+required|disconnected|fehlgeschlagen|nicht)\b/i;

/** The message of a JSON error body: {"message":"Upstream timeout"}. */
export const JSON_ERROR_MESSAGE: ScanPattern = {
  triggers: ['"message', '"error_description', '"error_message', '"detail', '"errormessage'],
  pattern: /"(?:message|error_description|error_message|errorMessage|detail)"\s{0,2}:\s{0,2}"(?<message>[^"\n]{3,300})"/g,
};

/** A pasted log line at error level: "2025-03-02T10:11:00Z ERROR [auth] SAML response invalid". */
export const LOG_ERROR_LINE: ScanPattern = { triggers: [/ERROR|FATAL|CRITICAL|SEVERE|ERR|level=error/], pattern: /^[^\S\n]{0,8}(?:[\[(]?[\d\-T:.,Z+/ ]{8,40}[\])]?[^\S\n]{1,4})?(?:\[?(?:ERROR|FATAL|CRITICAL|SEVERE|ERR)\]?|level=error)[^\S\n]{0,4}[:|-]?[^\S\n]{0,4}(?<message>[^\n]{3,400})/gm };
/** What a log line carries before its message: timestamp, [thread], logger name and " - ". */
export const LOG_LINE_PREFIX = /^(?:[\d\-T:.,Z+/]{8,40}[^\S\n]{1,4}|\[[^\]\n]{1,60}\][^\S\n]{0,4}|(?:[a-z][\w$]{0,30}\.){1,8}[A-Z][\w$]{0,60}[^\S\n]{0,4}(?:-[^\S\n]{1,4}|:[^\S\n]{1,4})|msg=|[|:-][^\S\n]{0,4}){1,6}/;
/** "Error: Unable to reach server" at the start of a line. */
export const ERROR_COLON_LINE: ScanPattern = { triggers: [/Error|ERROR|FATAL/], pattern: /^[^\S\n]{0,8}(?:Error|ERROR|Fatal\s+error|FATAL)[^\S\n]{0,2}:[^\S\n]{1,4}(?<message>[^\n]{3,300})/gm };
/** "The error message is: Invalid token." mid-line, unquoted: up to the end of the sentence. */
export const ERROR_COLON_INLINE: ScanPattern = {
  triggers: ['error', 'exception'],
  pattern: /\b(?:error|error\s+message|exception)(?:\s+(?:says|said|reads|read|is|was|shows|showed|text))?[^\S\n]{0,2}:[^\S\n]{1,3}(?<message>[^"“'‘\s][^\n]{2,300}?)(?=[.!?](?:\s|$)|\n|$)/gi,
};
/** A stack trace's exception line, class included: "TypeError: x is undefined", "java.net.SocketTimeoutException: Read timed out". */
export const EXCEPTION: ScanPattern = { triggers: ['error', 'exception'], pattern: /(?<![\w.])(?<message>(?:[a-z][\w]{0,30}\.){0,6}[A-Z][A-Za-z]{0,40}(?:Error|Exception)(?::[^\S\n]{1,3}|[^\S\n]-[^\S\n])[^\n]{3,300})/g };

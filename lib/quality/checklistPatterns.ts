// What counts as each missing-data checklist item in free text and in ticket fields. Every
// finder answers "where does this text say it?" with a span, or nothing. Patterns are plain,
// bounded regular expressions (no nested unbounded repeats), run over at most MAX_SCAN_CHARS
// per text, so a 1 MiB paste costs the same as a 20 KB one. The caller decides precedence and
// wording; nothing here knows about tickets or evidence strings.
//
// One file per item under ./checklist/; this file is their public entry.
export { findAccountId } from './checklistFinders/accountIds';
export { findAffectedUsers } from './checklistFinders/affectedUsers';
export { findAuthorization } from './checklistFinders/authorization';
export { hasValue, isAffectedUsersField, isAuthorizationField, isIdField, isPlanField, isPlanTag } from './checklistFinders/fields';
export { findPlanOrRole } from './checklistFinders/permissionsPlan';
export { findReproSteps } from './checklistFinders/reproSteps';
export { MAX_SCAN_CHARS, scannable, type Span, type Speaker, type TextFinder } from './checklistFinders/text';
export { findZonedTime, hasZone } from './checklistFinders/timestamps';

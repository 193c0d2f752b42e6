// Identifiers in ticket and organization fields: what the finders see in the value, else the value itself if the label names its kind.
import type { LabelledValue } from '../../context';
import { scannableText } from '../sourceRef';
import type { IdentifierKind } from '../types';
import type { ScannedFind } from './claims';
import { EMPTY_VALUE, FIELD_KINDS, NOT_AN_ID_FIELD } from './fieldPatterns';
import { scanIdentifiers } from './scan';

export function identifierKindOfField(label: string): IdentifierKind | undefined {
  const kind = FIELD_KINDS.find(([pattern]) => pattern.test(label))?.[1];
  // "Error code" and "User name" say what they hold even with "status"/"name" in them.
  if (kind === 'error-code' || /\b(?:user\s*name|login\s*name)\b/i.test(label)) return kind;
  return NOT_AN_ID_FIELD.test(label) ? undefined : kind;
}

/** What a field holds: what the finders see in its value, else the whole value if the label names its kind. */
export function fieldIdentifiers(field: LabelledValue, kind: IdentifierKind | undefined): ScannedFind[] {
  const value = scannableText(field.value).trim();
  if (value === '' || EMPTY_VALUE.test(value)) return [];
  const found = scanIdentifiers(value);
  if (found.length > 0 || kind === undefined || !fieldValueFits(kind, value)) return found;
  return [{ kind, value, index: 0 }];
}

/** Whether a field's whole value can be an identifier of the kind its label names. */
function fieldValueFits(kind: IdentifierKind, value: string): boolean {
  // "49.99" under "Payment" is an amount, whatever the label says.
  if (/^\D{0,3}\d+[.,]\d{2}\D{0,4}$/.test(value)) return false;
  const token = !/\s/.test(value) && value.length <= 100;
  switch (kind) {
    case 'error-message':
      return value.length <= 300;
    case 'error-code':
      return value.length <= 40;
    case 'user':
      // "Affected users: 14" is a count.
      return token && !/^\d{1,4}$/.test(value);
    case 'account':
      return token && (/\d/.test(value) || /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/i.test(value));
    case 'url':
    case 'time':
      return false; // A URL or time the finders did not see is not one.
    default:
      return token && /\d/.test(value);
  }
}

// Ticket and organization fields, by label: which ones give an account ID, plan, affected users or authorization.
import { ID_NOUNS } from './accountIds';
import { PEOPLE } from './affectedUsers';

const EMPTY_VALUE = /^(?:|-+|\u2014|n\/?a|none|null|unknown|undefined|\?|tbd|not\sset|no)$/iu;
export const hasValue = (value: string) => !EMPTY_VALUE.test(value.trim());

const ID_LABEL = new RegExp(String.raw`\b(?:${ID_NOUNS}|company|licen[cs]e)[\s_-]?(?:id|ids|#|no\.?|nr\.?|number|num|uuid|guid|key|identifier|ref(?:erence)?)\b`, 'iu');
// Labels that name a tenant or workspace hold an identifier even without "ID": "Tenant: acme-prod".
const TECHNICAL_ID_LABEL = /^(?:tenant|workspace|subdomain|instance|org\sslug|account\sslug|site)$/iu;
const NAME_LIKE_ID_LABEL = /^(?:account|customer|user|org|organi[sz]ation|order|invoice|transaction|subscription)$/iu;

/** A field whose label names an ID L2 can look the customer up by, with a value. */
export function isIdField(label: string, value: string): boolean {
  if (!hasValue(value)) return false;
  const name = label.trim();
  if (ID_LABEL.test(name)) return true;
  const oneToken = /^\S{1,64}$/u.test(value.trim());
  if (TECHNICAL_ID_LABEL.test(name)) return oneToken || (/^\S+(?:\s\S+){1,2}$/u.test(value.trim()) && /\d/u.test(value));
  // "Account: 88231" is an ID; "Account: Northwind" is just the name.
  return NAME_LIKE_ID_LABEL.test(name) && oneToken && /\d/u.test(value);
}

const PLAN_LABEL = /\b(?:plan|tier|subscription|edition|package|licen[cs]e(?:\s?type)?|sku|pricing|role|permissions?|access\slevel|user\stype|account\stype)\b/iu;
const NOT_PLAN_LABEL = /\b(?:date|renew\w*|expir\w*|start|end|price|cost|amount|mrr|arr|seats?|count|number|id|quantity|qty|limit)\b/iu;
export const isPlanField = (label: string, value: string) => hasValue(value) && PLAN_LABEL.test(label) && !NOT_PLAN_LABEL.test(label);

const AFFECTED_LABEL = new RegExp(
  String.raw`\b(?:affected|impacted)\s(?:${PEOPLE}|count|scope)\b|\b(?:${PEOPLE})\s(?:affected|impacted)\b|^(?:number\sof\s(?:affected\s)?users|scope(?:\sof\simpact)?|impact\sscope|blast\sradius)$`,
  'iu',
);
/** "Affected users: 38". Not "Seats" or "Users": those give the account's size. */
export const isAffectedUsersField = (label: string, value: string) => hasValue(value) && AFFECTED_LABEL.test(label.trim());

const CONSENT_LABEL = /\b(?:authori[sz]ation|consent|permission\sto\saccess|access\s(?:approved|granted)|approved\sfor\saccess|account\saccess)\b/iu;
const YES = /^(?:yes|y|true|granted|given|approved|ok|confirmed|on|x|\u2713|\u2714)\b/iu;
export const isAuthorizationField = (label: string, value: string) => CONSENT_LABEL.test(label) && YES.test(value.trim());

const PLAN_TAG = /^(?:plan|tier|subscription)[_:-]\w+$|^\w+[_-](?:plan|tier)$/iu;
export const isPlanTag = (tag: string) => PLAN_TAG.test(tag.trim());

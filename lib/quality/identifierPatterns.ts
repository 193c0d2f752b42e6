// The patterns identifiers.ts matches, as data. Every quantifier is bounded and no group repeats
// an ambiguous sub-pattern, so each regex is linear in the text it scans.
//
// One file per concern under ./identifiers/; this file re-exports them all.
export * from './identifierFinders/errorCodePatterns';
export * from './identifierFinders/errorMessagePatterns';
export * from './identifierFinders/fieldPatterns';
export * from './identifierFinders/labelPatterns';
export * from './identifierFinders/shapedIdPatterns';
export * from './identifierFinders/timePatterns';
export * from './identifierFinders/urlEmailPatterns';

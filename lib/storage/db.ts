import Dexie, { type EntityTable } from 'dexie';
import type { Draft } from '../draft';

/**
 * Baton's IndexedDB. Opened only in extension pages (background, options), never in a
 * content script: there it would belong to the helpdesk's origin, readable by its scripts
 * and wiped with its site data.
 */
export class BatonDb extends Dexie {
  drafts!: EntityTable<Draft, 'key'>;

  constructor(name = 'baton') {
    super(name);
    // Version 1. Later versions add stores/indexes here with .upgrade() — never edit this line.
    this.version(1).stores({ drafts: '&key, updatedAt, helpdesk, insertedAt' });
  }
}

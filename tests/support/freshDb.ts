import { afterEach } from 'vitest';
import { BatonDb } from '@/lib/storage/db';

/**
 * A new, empty Baton database per call (fake-indexeddb), all deleted after each test, so
 * tests never see each other's drafts.
 */
export function useFreshDb(): () => BatonDb {
  const opened: BatonDb[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });
  return () => {
    const db = new BatonDb(`test-${crypto.randomUUID()}`);
    opened.push(db);
    return db;
  };
}

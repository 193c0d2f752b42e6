import { z } from '../zod';

/**
 * An array schema that keeps the items that parse and counts the rest: one odd comment or
 * user in a helpdesk's response must not sink the whole read. Shared by every adapter.
 */
export function lenientArray<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.array(z.unknown()),
    z.transform((items: unknown[]) => {
      const parsed: z.output<T>[] = [];
      let dropped = 0;
      for (const raw of items) {
        const result = item.safeParse(raw);
        if (result.success) parsed.push(result.data);
        else dropped += 1;
      }
      return { items: parsed, dropped };
    }),
  );
}

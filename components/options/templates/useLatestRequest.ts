import { useMemo, useRef } from 'react';

export interface LatestRequest {
  /** Numbers a new request; the check it returns stays true until a later request begins or `supersede` is called. */
  begin(): () => boolean;
  /** For a result obtained another way (a save, a fresh read) or an unmount: requests begun before it no longer count. */
  supersede(): void;
}

/**
 * Loads overlap (the first one, a reload, one per change made elsewhere) and can finish in
 * any order: a policy read that waited and fell back to "no policy" may come back after a
 * newer one. Only the most recent request's result may be used, or an older one would win.
 */
export function useLatestRequest(): LatestRequest {
  const counter = useRef(0);
  return useMemo(
    () => ({
      begin() {
        const ticket = ++counter.current;
        return () => ticket === counter.current;
      },
      supersede() {
        counter.current += 1;
      },
    }),
    [],
  );
}

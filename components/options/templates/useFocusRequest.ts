import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Moves keyboard focus to an element that may only exist after the next render: the new
 * section's first field, the template that took a deleted one's place. Without this,
 * focus would fall back to the page body whenever the focused element goes away.
 */
export function useFocusRequest(): (elementId: string) => void {
  const pending = useRef<string | null>(null);
  const [, rerender] = useState(0);
  useEffect(() => {
    if (!pending.current) return;
    const element = document.getElementById(pending.current);
    if (!element) return;
    pending.current = null;
    element.focus();
  });
  return useCallback((elementId: string) => {
    pending.current = elementId;
    rerender((n) => n + 1);
  }, []);
}

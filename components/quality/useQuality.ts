import { useMemo } from 'react';
import { assessHandoff, type HandoffQuality } from '@/lib/quality/assess';
import { usePanel } from '../PanelStoreContext';

/** The live checklist, lint and score for what is on screen; recomputed only when an input changes. */
export function useQuality(): HandoffQuality {
  const template = usePanel((s) => s.template);
  const context = usePanel((s) => s.ticket?.context);
  const answers = usePanel((s) => s.answers);
  const choices = usePanel((s) => s.choices);
  return useMemo(() => assessHandoff({ template, context, answers, choices }), [template, context, answers, choices]);
}

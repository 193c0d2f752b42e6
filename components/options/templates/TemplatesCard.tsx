import { useId, useMemo, useRef } from 'react';
import type { TemplatesDeps } from './deps';
import { domIds } from './domIds';
import { TemplatesWorkspace } from './TemplatesWorkspace';
import { useFocusRequest } from './useFocusRequest';
import { useTemplatesData } from './useTemplatesData';
import './templates.css';

/**
 * The options page card where a team lead manages note templates: the list, the default
 * per helpdesk, an editor for one template and a live preview of the note it produces.
 */
export function TemplatesCard({ deps }: { deps: TemplatesDeps }) {
  const base = useId();
  const ids = useMemo(() => domIds(base), [base]);
  const dirtyRef = useRef(false);
  const source = useTemplatesData(deps, dirtyRef);
  const requestFocus = useFocusRequest();

  return (
    <section aria-labelledby={`${base}-title`} className="card templates-card">
      <h2 id={`${base}-title`}>Note templates</h2>
      <p className="muted">The sections agents fill in for an L2 handoff, and where each one is pre-filled from.</p>
      {source.data ? (
        <TemplatesWorkspace data={source.data} source={source} dirtyRef={dirtyRef} ids={ids} requestFocus={requestFocus} />
      ) : source.loadError ? (
        <div role="alert">
          <p className="error">Could not read your templates: {source.loadError}</p>
          <button type="button" onClick={source.reload}>
            Try again
          </button>
        </div>
      ) : (
        <p role="status">Loading templates…</p>
      )}
    </section>
  );
}

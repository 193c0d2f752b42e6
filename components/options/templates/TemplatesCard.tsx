import { useId, useMemo, useRef } from 'react';
import type { TemplatesDeps } from './deps';
import { domIds } from './domIds';
import { TemplatesWorkspace } from './TemplatesWorkspace';
import { useFocusRequest } from './useFocusRequest';
import { useTemplatesData } from './useTemplatesData';
import './notice.css';
import './templates.css';

const DAMAGED =
  'Your saved templates could not be read. The standard template is shown instead, and nothing is overwritten until you save a change here.';

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
  const loading = !source.data && !source.loadError;
  const problem = source.loadError ? `Could not read your templates: ${source.loadError}` : source.data?.damaged ? DAMAGED : '';

  return (
    <section aria-labelledby={`${base}-title`} className="card templates-card">
      <h2 id={`${base}-title`}>Note templates</h2>
      <p className="muted">The sections agents fill in for an L2 handoff, and where each one is pre-filled from.</p>
      {/* Live regions from the first render on: their text is announced when the load ends. */}
      <p role="status" className="tpl-live">
        {loading ? 'Loading templates…' : ''}
      </p>
      <p role="alert" className="error tpl-live">
        {problem}
      </p>
      {source.loadError && (
        <button type="button" onClick={source.reload}>
          Try again
        </button>
      )}
      {source.data && <TemplatesWorkspace data={source.data} source={source} dirtyRef={dirtyRef} ids={ids} requestFocus={requestFocus} />}
    </section>
  );
}

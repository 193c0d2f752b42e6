import type { HandoffQuality } from '@/lib/quality/assess';

/**
 * The completeness score with its reasons and the live missing-data checklist, right above the
 * insert button: what L2 will get, and what it will have to ask for.
 */
export function BeforeInsert({ quality, minimumScore }: { quality: HandoffQuality; minimumScore: number }) {
  const { score, checklist } = quality;
  const belowMinimum = score.total < minimumScore;
  return (
    <section className="before-insert" aria-label="Handoff completeness">
      <p className="score">
        <strong>
          Completeness <span data-testid="completeness-score">{score.total}</span>/100
        </strong>
        {minimumScore > 0 && <span className={belowMinimum ? 'score-below' : 'note-muted'}> · team minimum {minimumScore}</span>}
      </p>
      <ul className="score-reasons" aria-label="Why this score">
        {score.reasons.map((reason) => (
          <li key={reason.label}>
            {reason.label}: {reason.points}/{reason.max} · {reason.detail}
          </li>
        ))}
      </ul>
      {checklist.length > 0 && (
        <>
          <h3 id="missing-data-heading">Missing-data checklist</h3>
          <ul className="checklist" aria-labelledby="missing-data-heading">
            {checklist.map((line) => (
              <li key={line.id} className={line.present ? 'checklist-present' : 'checklist-missing'} data-item={line.id}>
                <span aria-hidden="true">{line.present ? '✓' : '✗'} </span>
                <span className="visually-hidden">{line.present ? 'Provided: ' : 'Missing: '}</span>
                {line.label}
                {line.rule === 'require' && <span className="required"> (required)</span>}
                {line.present && line.evidence && <span className="checklist-evidence"> · {line.evidence}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

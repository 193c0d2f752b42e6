import { useId } from 'react';
import { READY_BLOCKS } from '@/lib/templates/blocks';

interface Props {
  disabled: boolean;
  onAdd(blockId: string): void;
}

/** The optional sections a team lead can add in one click, each with what it asks for. */
export function ReadyBlocks({ disabled, onAdd }: Props) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="tpl-blocks">
      <h4 id={`${id}-title`}>Ready blocks</h4>
      <p className="muted">Optional sections L2 often needs, added at the end of the template.</p>
      <ul className="tpl-block-list">
        {READY_BLOCKS.map((block) => (
          <li key={block.id} className="tpl-block">
            <div className="tpl-block-text">
              <strong>{block.title}</strong>
              <span className="muted">{block.description}</span>
            </div>
            <button type="button" disabled={disabled} aria-label={`Add ready block ${block.title}`} onClick={() => onAdd(block.id)}>
              Add
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

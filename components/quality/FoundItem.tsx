import { useId, useState } from 'react';
import type { ExtractedItem } from '@/lib/quality/extracted';
import { sourceHeading } from './sourceText';

interface Props {
  item: ExtractedItem;
  edited: boolean;
  disabled: boolean;
  onDrop(): void;
  onEdit(text: string): void;
  onRestore(): void;
}

/**
 * One find, with where it came from shown on hover or focus (the item itself takes focus, so
 * keyboard users get the same link to the ticket), and the agent's say over it: edit or drop.
 */
export function FoundItem({ item, edited, disabled, onDrop, onEdit, onRestore }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  if (draft !== null) {
    const save = () => {
      onEdit(draft);
      setDraft(null);
    };
    return (
      <li className="found-item editing">
        <label htmlFor={`${id}-input`} className="visually-hidden">
          Edit “{item.found}”
        </label>
        <input
          id={`${id}-input`}
          value={draft}
          autoFocus
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              save();
            } else if (event.key === 'Escape') {
              event.preventDefault();
              setDraft(null);
            }
          }}
        />
        <button type="button" onClick={save} disabled={draft.trim() === ''}>
          Save
        </button>
        <button type="button" onClick={() => setDraft(null)}>
          Cancel
        </button>
      </li>
    );
  }
  return (
    <li className="found-item" data-key={item.key}>
      <span id={`${id}-text`} className="found-text" tabIndex={0} aria-describedby={`${id}-source`}>
        {item.text}
        {edited && <span className="found-edited"> (edited)</span>}
      </span>
      <span id={`${id}-source`} role="tooltip" className="found-source">
        From {sourceHeading(item.source)}: “{item.source.excerpt}”
      </span>
      <span className="found-actions">
        {/* Named by reference ("Drop" + the find's text), so ticket text never sits in an attribute. */}
        <button id={`${id}-edit`} type="button" className="link" disabled={disabled} onClick={() => setDraft(item.text)} aria-labelledby={`${id}-edit ${id}-text`}>
          Edit
        </button>
        {edited && (
          <button id={`${id}-undo`} type="button" className="link" disabled={disabled} onClick={onRestore} aria-labelledby={`${id}-undo ${id}-text`}>
            Undo edit
          </button>
        )}
        <button id={`${id}-drop`} type="button" className="link" disabled={disabled} onClick={onDrop} aria-labelledby={`${id}-drop ${id}-text`}>
          Drop
        </button>
      </span>
    </li>
  );
}

import { useState } from 'react';
import type { HelpdeskId } from '@/lib/context';
import type { Direction } from '@/lib/templates/editing';
import type { CatalogEntry } from '@/lib/templates/library';
import type { Template } from '@/lib/templates/template';
import { type DomIds, focusAfterMove } from './domIds';
import { InlineConfirm } from './InlineConfirm';
import { HELPDESKS, templateName } from './labels';
import { NameForm } from './NameForm';

interface Props {
  ids: DomIds;
  entries: CatalogEntry[];
  selectedId: string;
  defaults: Record<HelpdeskId, string>;
  locked: boolean;
  requestFocus(elementId: string): void;
  onSelect(id: string): void;
  /** Each resolves to an error message to show, or null when done. */
  onCreate(name: string): Promise<string | null>;
  onRename(id: string, name: string): Promise<string | null>;
  onDuplicate(template: Template): void;
  onMove(id: string, direction: Direction): Promise<void>;
  /** Says why a template cannot be deleted, or null when the confirm step may be shown. */
  checkDelete(id: string): string | null;
  onDelete(id: string): void;
}

/** Managed templates first (read-only), then the team's own, each with its actions. */
export function TemplateList(props: Props) {
  const { ids, entries, selectedId, locked, requestFocus } = props;
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState<string | null>(null);
  const personal = entries.filter((e) => !e.managed).map((e) => e.template.id);

  async function create(name: string) {
    const error = await props.onCreate(name);
    if (!error) setCreating(false);
    return error;
  }

  async function rename(id: string, name: string) {
    const error = await props.onRename(id, name);
    if (!error) {
      setRenaming(null);
      requestFocus(ids.rename(id));
    }
    return error;
  }

  async function move(id: string, direction: Direction) {
    await props.onMove(id, direction);
    // Keep focus on the button pressed, unless the move disabled it (first or last place).
    requestFocus(
      focusAfterMove(personal.indexOf(id), direction, personal.length, (_, towards) => (towards === 'up' ? ids.moveUp(id) : ids.moveDown(id))),
    );
  }

  function askDelete(id: string) {
    if (props.checkDelete(id) === null) setConfirmingDelete(id);
  }

  return (
    <div className="tpl-list-area">
      <ul className="tpl-list" aria-label="Templates">
        {entries.map(({ template, managed }) => {
          const name = templateName(template.name);
          const selected = template.id === selectedId;
          const index = personal.indexOf(template.id);
          const defaultFor = HELPDESKS.filter((h) => props.defaults[h.id] === template.id).map((h) => h.label);
          return (
            <li key={template.id} className={`tpl-item${selected ? ' tpl-item-selected' : ''}`}>
              {renaming === template.id ? (
                <NameForm
                  label={`New name for ${name}`}
                  initial={template.name}
                  submitLabel="Save name"
                  onSubmit={(value) => rename(template.id, value)}
                  onCancel={() => {
                    setRenaming(null);
                    requestFocus(ids.rename(template.id));
                  }}
                />
              ) : (
                <div className="tpl-item-head">
                  <button
                    type="button"
                    id={ids.open(template.id)}
                    className="tpl-open"
                    aria-current={selected || undefined}
                    onClick={() => props.onSelect(template.id)}
                  >
                    {name}
                  </button>
                  {selected && <span className="tpl-badge tpl-badge-current">Open in the editor</span>}
                  {managed && <span className="tpl-badge">Managed by your organisation</span>}
                  {defaultFor.length > 0 && <span className="muted tpl-default-for">Default for {defaultFor.join(', ')}</span>}
                </div>
              )}
              {confirmingDelete === template.id ? (
                <InlineConfirm
                  question={`Delete template ${name}?`}
                  onConfirm={() => {
                    setConfirmingDelete(null);
                    props.onDelete(template.id);
                  }}
                  onCancel={() => {
                    setConfirmingDelete(null);
                    requestFocus(ids.remove(template.id));
                  }}
                />
              ) : (
                renaming !== template.id && (
                  <div className="tpl-actions">
                    {!managed && (
                      <button type="button" id={ids.rename(template.id)} aria-label={`Rename template ${name}`} onClick={() => setRenaming(template.id)}>
                        Rename
                      </button>
                    )}
                    {!locked && (
                      <button type="button" aria-label={`Duplicate template ${name}`} onClick={() => props.onDuplicate(template)}>
                        Duplicate
                      </button>
                    )}
                    {!managed && (
                      <>
                        <button
                          type="button"
                          id={ids.moveUp(template.id)}
                          aria-label={`Move template ${name} up`}
                          disabled={index <= 0}
                          onClick={() => void move(template.id, 'up')}
                        >
                          Move up
                        </button>
                        <button
                          type="button"
                          id={ids.moveDown(template.id)}
                          aria-label={`Move template ${name} down`}
                          disabled={index === personal.length - 1}
                          onClick={() => void move(template.id, 'down')}
                        >
                          Move down
                        </button>
                        <button
                          type="button"
                          id={ids.remove(template.id)}
                          className="tpl-danger"
                          aria-label={`Delete template ${name}`}
                          onClick={() => askDelete(template.id)}
                        >
                          Delete
                        </button>
                      </>
                    )}
                  </div>
                )
              )}
            </li>
          );
        })}
      </ul>
      {personal.length === 0 && !locked && <p className="muted">You have no templates of your own yet.</p>}
      <NewTemplate ids={ids} locked={locked} creating={creating} setCreating={setCreating} onCreate={create} requestFocus={requestFocus} />
    </div>
  );
}

interface NewTemplateProps {
  ids: DomIds;
  locked: boolean;
  creating: boolean;
  setCreating(creating: boolean): void;
  onCreate(name: string): Promise<string | null>;
  requestFocus(elementId: string): void;
}

/** The "New template" button, or the name form it opens. Disabled, with the reason, under a lock. */
function NewTemplate({ ids, locked, creating, setCreating, onCreate, requestFocus }: NewTemplateProps) {
  if (creating) {
    return (
      <NameForm
        label="Name of the new template"
        initial=""
        submitLabel="Create template"
        onSubmit={onCreate}
        onCancel={() => {
          setCreating(false);
          requestFocus(ids.newTemplate);
        }}
      />
    );
  }
  return (
    <div className="tpl-new">
      <button
        type="button"
        id={ids.newTemplate}
        disabled={locked}
        aria-describedby={locked ? `${ids.newTemplate}-why` : undefined}
        onClick={() => setCreating(true)}
      >
        New template
      </button>
      {locked && (
        <p id={`${ids.newTemplate}-why`} className="muted">
          Your organisation allows only its own templates, so new ones cannot be added here. Your own templates are kept, not
          offered, while this is so.
        </p>
      )}
    </div>
  );
}

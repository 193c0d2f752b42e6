import {
  addFillSource,
  type FieldErrors,
  fillNamePath,
  fillSourceOf,
  MAX_FILL_SOURCES,
  moveFillSource,
  removeFillSource,
  replaceFillSource,
  sourceName,
} from '@/lib/templates/editing';
import type { FillSource, FillSourceKind, Section, Template } from '@/lib/templates/template';
import { type DomIds, focusAfterMove } from './domIds';
import { Field } from './Field';
import { FILL_SOURCES, fillSourceOption } from './labels';

interface Props {
  ids: DomIds;
  template: Template;
  section: Section;
  sectionIndex: number;
  /** The section's name as buttons speak of it. */
  sectionName: string;
  readOnly: boolean;
  errors: FieldErrors;
  requestFocus(elementId: string): void;
  onChange(template: Template): void;
  onRefuse(message: string): void;
}

/** The first kind not used yet, so "Add source" rarely adds a duplicate. */
function nextSourceKind(fill: FillSource[]): FillSourceKind {
  const used = new Set(fill.map((source) => source.from));
  return FILL_SOURCES.find((option) => !option.nameLabel && !used.has(option.kind))?.kind ?? 'customField';
}

/**
 * Where a free-text section's pre-filled text comes from: nothing (the agent writes it) or
 * an ordered list of ticket values, joined in that order.
 */
export function FillSourcesEditor(props: Props) {
  const { ids, template, section, sectionIndex, sectionName, readOnly, errors, requestFocus, onChange } = props;

  function add() {
    const result = addFillSource(template, section.id, fillSourceOf(nextSourceKind(section.fill)));
    if (!result.ok) return props.onRefuse(result.error);
    onChange(result.value);
    requestFocus(ids.fillSource(sectionIndex, section.fill.length));
  }

  const moveButtonId = (index: number, direction: 'up' | 'down') => `${ids.fillSource(sectionIndex, index)}-${direction}`;

  function move(index: number, direction: 'up' | 'down') {
    onChange(moveFillSource(template, section.id, index, direction));
    requestFocus(focusAfterMove(index, direction, section.fill.length, moveButtonId));
  }

  function remove(index: number) {
    onChange(removeFillSource(template, section.id, index));
    const left = section.fill.length - 1;
    requestFocus(left === 0 ? ids.addSource(sectionIndex) : ids.fillSource(sectionIndex, Math.min(index, left - 1)));
  }

  return (
    <fieldset className="tpl-fill">
      <legend>Filled from</legend>
      {section.fill.length === 0 ? (
        <p className="muted">The agent: nothing from the ticket fills this section.</p>
      ) : (
        <ol className="tpl-sources">
          {section.fill.map((source, index) => {
            const option = fillSourceOption(source.from);
            const spoken = `source ${index + 1} (${option.label})`;
            const namePath = fillNamePath(sectionIndex, index);
            return (
              <li key={index} className="tpl-source">
                <div className="field tpl-field">
                  <label htmlFor={ids.fillSource(sectionIndex, index)}>Source {index + 1}</label>
                  <select
                    id={ids.fillSource(sectionIndex, index)}
                    value={source.from}
                    disabled={readOnly}
                    onChange={(event) =>
                      onChange(
                        replaceFillSource(template, section.id, index, fillSourceOf(event.target.value as FillSourceKind, sourceName(source))),
                      )
                    }
                  >
                    {FILL_SOURCES.map((choice) => (
                      <option key={choice.kind} value={choice.kind}>
                        {choice.label}
                      </option>
                    ))}
                  </select>
                </div>
                {option.nameLabel && (
                  <Field
                    id={ids.fillName(sectionIndex, index)}
                    errorId={ids.error(namePath)}
                    label={`${option.nameLabel} (source ${index + 1})`}
                    hint="As the helpdesk labels it; capitals do not matter."
                    error={errors[namePath]}
                  >
                    {(control) => (
                      <input
                        {...control}
                        value={sourceName(source)}
                        readOnly={readOnly}
                        maxLength={80}
                        onChange={(event) =>
                          onChange(replaceFillSource(template, section.id, index, fillSourceOf(source.from, event.target.value)))
                        }
                      />
                    )}
                  </Field>
                )}
                {!readOnly && (
                  <div className="tpl-actions">
                    <button
                      type="button"
                      aria-label={`Move ${spoken} of section ${sectionName} up`}
                      disabled={index === 0}
                      id={moveButtonId(index, 'up')}
                      onClick={() => move(index, 'up')}
                    >
                      Move up
                    </button>
                    <button
                      type="button"
                      aria-label={`Move ${spoken} of section ${sectionName} down`}
                      disabled={index === section.fill.length - 1}
                      id={moveButtonId(index, 'down')}
                      onClick={() => move(index, 'down')}
                    >
                      Move down
                    </button>
                    <button type="button" aria-label={`Remove ${spoken} from section ${sectionName}`} onClick={() => remove(index)}>
                      Remove
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {!readOnly && (
        <button
          type="button"
          id={ids.addSource(sectionIndex)}
          aria-label={`Add a ticket source to section ${sectionName}`}
          disabled={section.fill.length >= MAX_FILL_SOURCES}
          onClick={add}
        >
          Add source
        </button>
      )}
    </fieldset>
  );
}

import { useId } from 'react';
import { usePanel } from './PanelStoreContext';

/** Lets the agent write this ticket's handoff with another of the team's templates. */
export function TemplatePicker({ disabled }: { disabled: boolean }) {
  const id = useId();
  const catalog = usePanel((s) => s.catalog);
  const template = usePanel((s) => s.template);
  const notice = usePanel((s) => s.templateNotice);
  const switchTemplate = usePanel((s) => s.switchTemplate);
  return (
    <>
      {catalog.entries.length > 1 && (
        <div className="template-picker">
          <label htmlFor={id}>Template</label>
          <select id={id} value={template.id} disabled={disabled} onChange={(event) => switchTemplate(event.target.value)}>
            {catalog.entries.map(({ template: option }) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {/* Always present, so a notice that appears later is announced. */}
      <p className="notice" role="status">
        {notice ?? ''}
      </p>
    </>
  );
}

import type { FieldErrors } from '@/lib/templates/editing';
import type { Template } from '@/lib/templates/template';
import type { DomIds } from './domIds';
import { fillSourceOption, sectionName } from './labels';

const FIELD_NAMES: Record<string, string> = {
  label: 'Label',
  prompt: 'Prompt',
  example: 'Example answer',
  required: 'Required',
  wordLimit: 'Word limit',
  kind: 'Kind',
  fill: 'Filled from',
  id: 'Id',
};

const SECTION_PATH = /^sections\[(\d+)\](?:\.(\w+))?(?:\[(\d+)\])?(?:\.(\w+))?$/u;

/** "Section 2 (Current hypothesis), Label" for "sections[1].label": where a team lead looks. */
export function describeFieldPath(template: Template, path: string): string {
  if (path === 'name') return 'Template name';
  if (path === 'sections') return 'Sections';
  if (path === 'quality.minimumScore') return 'Minimum completeness score';
  const match = SECTION_PATH.exec(path);
  const section = match ? template.sections[Number(match[1])] : undefined;
  if (!match || !section) return path;
  const where = `Section ${Number(match[1]) + 1} (${sectionName(section.label, Number(match[1]))})`;
  const [, , field, sourceIndex, sourceField] = match;
  if (!field) return where;
  if (field === 'fill' && sourceIndex !== undefined) {
    const source = section.fill[Number(sourceIndex)];
    const label = source ? fillSourceOption(source.from).nameLabel ?? fillSourceOption(source.from).label : 'source';
    return `${where}, source ${Number(sourceIndex) + 1}${sourceField === 'name' ? `: ${label}` : ''}`;
  }
  return `${where}, ${FIELD_NAMES[field] ?? field}`;
}

/** Paths the editor shows a control for (and so can take the lead to). */
export const FIELD_PATH = /^(?:name|quality\.minimumScore|sections\[\d+\]\.(?:label|prompt|example|wordLimit|kind)|sections\[\d+\]\.fill\[\d+\]\.name)$/u;

interface Props {
  ids: DomIds;
  template: Template;
  errors: FieldErrors;
}

/**
 * Everything that stops the template from saving, each linked to its field; the messages also
 * sit next to each field. The alert region is always in the page and only its content changes,
 * so a screen reader announces the problems when they appear.
 */
export function ErrorSummary({ ids, template, errors }: Props) {
  const paths = Object.keys(errors);
  return (
    <div role="alert">
      {paths.length > 0 && (
        <div id={ids.errorSummary} tabIndex={-1} className="tpl-error-summary">
          <p className="error">
            {paths.length === 1 ? 'One problem stops' : `${paths.length} problems stop`} this template from being saved:
          </p>
          <ul>
            {paths.map((path) => (
              <li key={path}>
                {FIELD_PATH.test(path) ? (
                  <button type="button" className="tpl-link" onClick={() => document.getElementById(ids.field(path))?.focus()}>
                    {describeFieldPath(template, path)}: {errors[path]}
                  </button>
                ) : (
                  <span>
                    {describeFieldPath(template, path)}: {errors[path]}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

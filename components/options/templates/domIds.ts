import { fillNamePath, sectionFieldPath } from '@/lib/templates/editing';
import type { Section } from '@/lib/templates/template';

/**
 * Element ids for everything the card moves focus to or links an error to. Template ids
 * match TEMPLATE_ID_PATTERN and paths are built here, so every id is a plain token.
 */
export function domIds(base: string) {
  const safe = (text: string) => text.replace(/[^a-zA-Z0-9_-]/gu, '-');
  return {
    newTemplate: `${base}-new`,
    editorHeading: `${base}-editor`,
    addSection: `${base}-add-section`,
    errorSummary: `${base}-errors`,
    save: `${base}-save`,
    open: (templateId: string) => `${base}-open-${templateId}`,
    rename: (templateId: string) => `${base}-rename-${templateId}`,
    moveUp: (templateId: string) => `${base}-up-${templateId}`,
    moveDown: (templateId: string) => `${base}-down-${templateId}`,
    remove: (templateId: string) => `${base}-delete-${templateId}`,
    /** The element showing the field at `path` (validateTemplate's key), and its error. */
    field: (path: string) => `${base}-f-${safe(path)}`,
    error: (path: string) => `${base}-e-${safe(path)}`,
    sectionField: (index: number, field: keyof Section) => `${base}-f-${safe(sectionFieldPath(index, field))}`,
    sectionButton: (index: number, action: 'up' | 'down' | 'remove') => `${base}-s${index}-${action}`,
    fillSource: (sectionIndex: number, sourceIndex: number) => `${base}-src-${sectionIndex}-${sourceIndex}`,
    addSource: (sectionIndex: number) => `${base}-src-${sectionIndex}-add`,
    fillName: (sectionIndex: number, sourceIndex: number) => `${base}-f-${safe(fillNamePath(sectionIndex, sourceIndex))}`,
  };
}

export type DomIds = ReturnType<typeof domIds>;

/**
 * After an item moved, the button to focus: the one pressed, now at the item's new place,
 * unless the move disabled it (the item reached the top or bottom); then its opposite.
 */
export function focusAfterMove(
  index: number,
  direction: 'up' | 'down',
  count: number,
  buttonId: (index: number, direction: 'up' | 'down') => string,
): string {
  const to = direction === 'up' ? index - 1 : index + 1;
  const stillEnabled = direction === 'up' ? to > 0 : to < count - 1;
  const opposite = direction === 'up' ? 'down' : 'up';
  return buttonId(to, stillEnabled ? direction : opposite);
}

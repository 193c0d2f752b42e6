import type { Template } from '@/lib/templates/template';
import { InlineConfirm } from './InlineConfirm';

interface Props {
  /** The template's name as saved. */
  name: string;
  /** What storage holds now; `null` when the template was deleted elsewhere. */
  theirs: Template | null;
  onOverwrite(): void;
  onKeepTheirs(): void;
  onCancel(): void;
}

/**
 * Asked when "Save template" finds that the template changed elsewhere since the lead started
 * editing it: saving would replace that change, so the lead decides. Focus starts on Cancel.
 */
export function SaveConflict({ name, theirs, onOverwrite, onKeepTheirs, onCancel }: Props) {
  if (!theirs) {
    return (
      <InlineConfirm
        question={`This template, “${name}”, was deleted elsewhere since you started editing it.`}
        detail="Saving it again brings it back with your version. Discarding yours leaves it deleted. Cancel saves nothing and keeps your changes here."
        confirmLabel="Save my version again"
        alternative={{ label: 'Leave it deleted and discard mine', onSelect: onKeepTheirs }}
        onConfirm={onOverwrite}
        onCancel={onCancel}
      />
    );
  }
  return (
    <InlineConfirm
      question={`This template, “${name}”, was changed elsewhere since you started editing it.`}
      detail="Overwriting replaces that version with yours. Keeping theirs discards your unsaved changes. Cancel saves nothing and keeps your changes here."
      confirmLabel="Overwrite it with your version"
      alternative={{ label: 'Keep theirs and discard mine', onSelect: onKeepTheirs }}
      onConfirm={onOverwrite}
      onCancel={onCancel}
    />
  );
}

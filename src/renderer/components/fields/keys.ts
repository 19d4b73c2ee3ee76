import type { KeyboardEvent } from 'react';
import type { Draft } from './use-draft';

/**
 * Enter commits a one-line field (Ctrl+Enter a multi-line one, where Enter is a new line); Escape
 * puts back the plan's value. Escape is only taken when there is something to restore, so it still
 * closes a dialog around an untouched field.
 */
export function draftKeys(draft: Draft, multiline = false) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void draft.commit();
    } else if (event.key === 'Escape' && (draft.dirty || draft.localError)) {
      event.preventDefault();
      event.stopPropagation();
      draft.restore();
    }
  };
}

import { useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store';
import { useFieldIssue } from './FieldError';

/** What a field's parser says about the text in the input. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Marks an input that holds typing the plan does not have yet, so Ctrl+Z stays the browser's own
 * there. A field that saves itself sets it to "false" once its text is saved or put back, so
 * Ctrl+Z in it is then the plan's again.
 */
export const UNCOMMITTED_ATTRIBUTE = 'data-uncommitted';

/** Names the input a draft belongs to, so focus can be brought back to it. */
export const DRAFT_ATTRIBUTE = 'data-draft';

function focusDraft(holdId: string): void {
  for (const element of document.querySelectorAll<HTMLElement>(`[${DRAFT_ATTRIBUTE}]`)) {
    if (element.getAttribute(DRAFT_ATTRIBUTE) === holdId) element.focus();
  }
}

/** Names a field's control by its `fieldKey`, so an undo can put focus back on it. */
export const FIELD_KEY_ATTRIBUTE = 'data-field-key';

export interface Draft {
  /** What the input shows: the user's text while editing, else the plan's value. */
  text: string;
  /** True while the text differs from the plan (typed, or refused and kept). */
  dirty: boolean;
  /**
   * True from the first keystroke until the text is saved or put back, even when the typing has
   * been undone back to the plan's value: Ctrl+Z then still belongs to the field.
   */
  held: boolean;
  /** A refusal found before asking the core (not a number, a half-typed date …). */
  localError: string | null;
  change: (text: string) => void;
  /** Sends the text as one edit; does nothing when it equals the plan's value. */
  commit: () => Promise<void>;
  /** Escape: back to the plan's value, and the refusal beside the field is gone. */
  restore: () => void;
  /** The field's input carries this under `DRAFT_ATTRIBUTE`, so focus can be brought back. */
  holdId: string;
}

/**
 * The edit cycle every inline field shares: the text is the user's until it is committed (on blur
 * or Enter), a refused commit keeps the text in the input beside the refusal, and a successful one
 * hands the input back to the plan's value.
 */
export function useDraft<T>({
  value,
  format,
  parse,
  equals = Object.is,
  onCommit,
  errorKey,
  label,
}: {
  value: T;
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  equals?: (a: T, b: T) => boolean;
  onCommit: (value: T) => void | Promise<unknown>;
  errorKey?: string | undefined;
  /** The field's label, to name it before its text is lost. */
  label: string;
}): Draft {
  const [draft, setDraft] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const clearFieldError = useAppStore((s) => s.clearFieldError);
  const holdDraft = useAppStore((s) => s.holdDraft);
  const issue = useFieldIssue(errorKey);
  const holdId = useId();
  // The text that is on its way to the core, so Enter followed by blur sends it only once.
  const inFlight = useRef<string | null>(null);
  const shown = format(value);
  const text = draft ?? shown;

  const change = useCallback((next: string) => {
    setDraft(next);
    setLocalError(null);
  }, []);

  const commit = useCallback(async () => {
    if (draft === null || draft === inFlight.current) return;
    const parsed = parse(draft);
    if (!parsed.ok) {
      setLocalError(parsed.message);
      return;
    }
    setLocalError(null);
    if (equals(parsed.value, value)) {
      setDraft(null);
      if (errorKey) clearFieldError(errorKey);
      return;
    }
    inFlight.current = draft;
    setSending(true);
    try {
      const result = await onCommit(parsed.value);
      // The store answers false when the core refused; the text then stays for correcting.
      if (result !== false) setDraft((current) => (current === draft ? null : current));
    } finally {
      inFlight.current = null;
      setSending(false);
    }
  }, [draft, parse, equals, value, onCommit, errorKey, clearFieldError]);

  const restore = useCallback(() => {
    setDraft(null);
    setLocalError(null);
    if (errorKey) clearFieldError(errorKey);
  }, [errorKey, clearFieldError]);

  const dirty = draft !== null && draft !== shown;
  const refused = dirty && !sending && (localError !== null || issue !== null);
  // The store knows every field whose text is not saved, so the header never says "Gemt" over
  // one and leaving the screen asks before the text is gone. Before paint, so a click that
  // follows the blur already finds it.
  useLayoutEffect(() => {
    holdDraft(
      holdId,
      dirty && (sending || refused)
        ? { label, focus: () => focusDraft(holdId), errorKey, refused }
        : null,
    );
  }, [holdDraft, holdId, dirty, sending, refused, label, errorKey]);
  useLayoutEffect(() => () => holdDraft(holdId, null), [holdDraft, holdId]);

  return {
    text,
    dirty,
    held: draft !== null,
    localError,
    change,
    commit,
    restore,
    holdId,
  };
}

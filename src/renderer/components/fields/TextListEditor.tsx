import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldIssue } from './FieldError';
import { UNCOMMITTED_ATTRIBUTE } from './use-draft';
import { useReadOnly } from './use-read-only';

export interface TextListEditorProps {
  label: string;
  items: string[];
  onCommit: (items: string[]) => void | Promise<unknown>;
  addLabel: string;
  errorKey?: string;
  hint?: string;
}

type Result = void | Promise<unknown>;
const refused = async (result: Result) => (await result) === false;

/**
 * An ordered list of short texts (the SU's principles, a competence's learning objectives). Every
 * change — an edited, added, removed or moved item — sends the whole new list as one edit.
 * Alt+Arrow up/down moves the item whose text has focus.
 */
export function TextListEditor({
  label,
  items,
  onCommit,
  addLabel,
  errorKey,
  hint,
}: TextListEditorProps) {
  const { t } = useTranslation();
  const base = useId();
  const issue = useFieldIssue(errorKey);
  const readOnly = useReadOnly();
  const [newText, setNewText] = useState('');
  const [announcement, setAnnouncement] = useState('');
  // Where focus goes once the changed list is on screen; a ref, as it is not something to draw.
  const focusAt = useRef<{ index: number; part: 'text' | 'add' } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const at = focusAt.current;
    if (!at) return;
    focusAt.current = null;
    const target =
      at.part === 'add'
        ? addRef.current
        : listRef.current?.querySelectorAll<HTMLTextAreaElement>('.text-list-input')[at.index];
    (target ?? addRef.current)?.focus();
  }, [items]);

  const replace = (index: number, text: string): Result => {
    if (text.trim() === '') return remove(index);
    const next = items.slice();
    next[index] = text;
    return onCommit(next);
  };

  const remove = async (index: number): Promise<unknown> => {
    const name = items[index] ?? '';
    const next = items.filter((_, i) => i !== index);
    if (await refused(onCommit(next))) return false;
    setAnnouncement(t('editor.fields.removed', { name }));
    focusAt.current =
      next.length === 0
        ? { index: 0, part: 'add' }
        : { index: Math.min(index, next.length - 1), part: 'text' };
    return true;
  };

  const move = async (index: number, by: -1 | 1, text?: string) => {
    const to = index + by;
    if (to < 0 || to >= items.length) return;
    const next = items.slice();
    const moving = text !== undefined && text.trim() !== '' ? text : (next[index] ?? '');
    next[index] = next[to] ?? '';
    next[to] = moving;
    if (await refused(onCommit(next))) return;
    setAnnouncement(
      t('editor.fields.moved', { name: moving, position: to + 1, count: next.length }),
    );
    focusAt.current = { index: to, part: 'text' };
  };

  const add = async () => {
    const text = newText.trim();
    if (text === '') return;
    if (await refused(onCommit([...items, text]))) return;
    setNewText('');
    setAnnouncement(t('editor.fields.added', { name: text }));
  };

  return (
    <fieldset className={issue ? 'text-list form-error' : 'text-list'}>
      <legend className="form-label">{label}</legend>
      {hint && <span className="form-hint">{hint}</span>}
      {issue && (
        <span className="form-error-message" role="alert">
          {issue}
        </span>
      )}
      {items.length === 0 ? (
        <p className="text-list-empty">{t('editor.fields.listEmpty')}</p>
      ) : (
        <ol ref={listRef} className="text-list-items no-max-width">
          {items.map((item, index) => (
            <TextListItem
              // Keyed by position with the text, so a moved item's field is rebuilt with it.
              key={`${index}:${item}`}
              inputId={`${base}-${index}`}
              index={index}
              count={items.length}
              value={item}
              onCommit={(text) => replace(index, text)}
              onMove={(by, text) => void move(index, by, text)}
              onRemove={() => void remove(index)}
              readOnly={readOnly}
            />
          ))}
        </ol>
      )}
      {!readOnly && (
        <div className="text-list-add">
          <label className="form-label" htmlFor={`${base}-add`}>
            {addLabel}
          </label>
          <div className="text-list-add-row">
            <input
              ref={addRef}
              id={`${base}-add`}
              type="text"
              className="form-input"
              value={newText}
              {...{ [UNCOMMITTED_ATTRIBUTE]: newText !== '' || undefined }}
              onChange={(e) => setNewText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void add();
                }
              }}
            />
            <button type="button" className="button button-secondary" onClick={() => void add()}>
              {t('editor.fields.add')}
            </button>
          </div>
        </div>
      )}
      <span className="sr-only" aria-live="polite">
        {announcement}
      </span>
    </fieldset>
  );
}

function TextListItem({
  inputId,
  index,
  count,
  value,
  onCommit,
  onMove,
  onRemove,
  readOnly,
}: {
  inputId: string;
  index: number;
  count: number;
  value: string;
  onCommit: (text: string) => Result;
  onMove: (by: -1 | 1, text: string) => void;
  onRemove: () => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const dirty = text !== value;
  const name = value;

  const commit = () => {
    if (dirty) void onCommit(text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      onMove(event.key === 'ArrowUp' ? -1 : 1, text);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      // An item is one paragraph: Enter saves it rather than starting a new line.
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && dirty) {
      event.preventDefault();
      event.stopPropagation();
      setText(value);
    }
  };

  return (
    <li className="text-list-item">
      <label className="sr-only" htmlFor={inputId}>
        {t('editor.fields.itemLabel', { number: index + 1 })}
      </label>
      {/* A text area that grows with its text, so a long principle is read whole. */}
      <textarea
        id={inputId}
        rows={1}
        className="form-input text-list-input"
        value={text}
        readOnly={readOnly}
        {...{ [UNCOMMITTED_ATTRIBUTE]: dirty || undefined }}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {!readOnly && (
        <div className="row-actions">
          <button
            type="button"
            className="button button-tertiary button-small"
            aria-label={t('editor.fields.moveUpItem', { name })}
            disabled={index === 0}
            onClick={() => onMove(-1, text)}
          >
            {t('editor.fields.moveUp')}
          </button>
          <button
            type="button"
            className="button button-tertiary button-small"
            aria-label={t('editor.fields.moveDownItem', { name })}
            disabled={index === count - 1}
            onClick={() => onMove(1, text)}
          >
            {t('editor.fields.moveDown')}
          </button>
          <button
            type="button"
            className="button button-tertiary button-small"
            aria-label={t('editor.fields.removeItem', { name })}
            onClick={onRemove}
          >
            {t('editor.fields.remove')}
          </button>
        </div>
      )}
    </li>
  );
}

import './fields.css';
/**
 * Inline fields that save themselves. Every field takes a visible `label` and the plan's current
 * `value`, and calls `onCommit(newValue)` once per change — on blur or Enter (Ctrl+Enter in a
 * multi-line text); Escape puts the plan's value back. `onCommit` may return the store's promise:
 * when it resolves to `false` (the core refused), the typed text stays in the input and the refusal
 * stored under `errorKey` (a `fieldKey(kind, id, field)`, `fieldKey('plan', '', field)` for the
 * plan) is shown beside it, wired with `aria-describedby` and `aria-invalid`. `EditableText`
 * { label, value, onCommit, multiline?, errorKey?, hint?, required? }; `EditableNumber` { label,
 * value: number | null, onCommit, min?, max?, step? (1 = whole numbers), unit?, errorKey?,
 * allowEmpty? (empty = null) } reads "1.250.000" and "2,5" as the reader writes them;
 * `EditableSelect<T>` { label, value, options: { value, label }[], onCommit, errorKey? } saves on
 * change; `EditableDate` { label, value: ISO date | null, onCommit, errorKey? };
 * `LinkListEditor` { label, options: { id, label }[], selectedIds, onAdd(id), onRemove(id),
 * emptyText?, addLabel? } shows the chosen items with remove buttons and a combobox to add one;
 * `TextListEditor` { label, items, onCommit(items), addLabel, errorKey? } edits an ordered list of
 * texts (add, edit, remove, move up/down and Alt+Arrow); `FieldError` { errorKey } shows a refusal
 * on its own. Inputs with uncommitted text carry `data-uncommitted`, so Ctrl+Z stays the browser's
 * text undo there.
 */
export { EditableText, type EditableTextProps } from './EditableText';
export { EditableNumber, type EditableNumberProps } from './EditableNumber';
export { EditableSelect, type EditableSelectProps } from './EditableSelect';
export { EditableDate, type EditableDateProps } from './EditableDate';
export { LinkListEditor, type LinkListEditorProps } from './LinkListEditor';
export { TextListEditor, type TextListEditorProps } from './TextListEditor';
export { Combobox, type ComboboxOption } from './Combobox';
export { FieldError } from './FieldError';
export { FIELD_KEY_ATTRIBUTE, UNCOMMITTED_ATTRIBUTE } from './use-draft';

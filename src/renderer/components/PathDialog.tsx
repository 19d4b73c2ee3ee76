import {
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, type PathPrompt } from '../store';
import { useModalDialog } from './catalog/use-modal-dialog';
import { ErrorAlert } from './ErrorAlert';
import { trapTab } from './focus-trap';
import { planFileName } from '../store/paths';
import { PathField } from './sharing/PathField';
import './path-dialog.css';

/** One path the dialog asks for; every one must be filled in before the dialog submits. */
export interface PathDialogField {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
}

export interface PathDialogOptions {
  title: string;
  intro: string;
  /** In the order asked; an empty one is named and gets focus instead of submitting. */
  fields: readonly PathDialogField[];
  /** Said under a path left empty. */
  missingText: string;
  submitLabel: string;
  /** Called once every path is filled in, unless `busy`. */
  onSubmit: () => void;
  onCancel: () => void;
  cancelLabel?: string;
  /** A submit while busy is ignored, so a second press does nothing. */
  busy?: boolean;
  submitDisabled?: boolean;
  className?: string;
  introClassName?: string;
  /** A refusal, said inside the dialog: the page's own alert is behind the modal. */
  alert?: ReactNode;
  /** Lays out the form's content around the rendered path fields; by default only those. */
  body?: (fields: ReactNode) => ReactNode;
  /** More buttons between the submit and the cancel button. */
  actions?: ReactNode;
  /** Where focus starts; by default the first path field. */
  initialFocus?: RefObject<HTMLElement | null>;
}

/**
 * Asks for file paths where the host has no native file dialog (the browser harness): the app's
 * own prompts (`prompt`) and every other dialog that needs a path. Modal: focus stays inside,
 * Escape cancels, and focus returns to where it came from.
 */
export function PathDialog(props: PathDialogOptions | { prompt: PathPrompt }) {
  return 'prompt' in props ? <PlanPathDialog prompt={props.prompt} /> : <PathForm {...props} />;
}

function PathForm({
  title,
  intro,
  fields,
  missingText,
  submitLabel,
  onSubmit,
  onCancel,
  cancelLabel,
  busy = false,
  submitDisabled = false,
  className,
  introClassName,
  alert,
  body = (rendered) => rendered,
  actions,
  initialFocus,
}: PathDialogOptions) {
  const { t } = useTranslation();
  const [missing, setMissing] = useState<number | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const firstFieldRef = useRef<HTMLInputElement | null>(null);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  useModalDialog(dialogRef, initialFocus ?? firstFieldRef);
  const id = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const empty = fields.findIndex((field) => field.value.trim() === '');
    if (empty >= 0) {
      setMissing(empty);
      inputs.current[empty]?.focus();
      return;
    }
    setMissing(null);
    onSubmit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    trapTab(event);
  };

  const rendered = fields.map((field, index) => (
    <PathField
      key={index}
      id={`${id}-path-${index}`}
      inputRef={(element) => {
        inputs.current[index] = element;
        if (index === 0) firstFieldRef.current = element;
      }}
      label={field.label}
      hint={field.hint}
      value={field.value}
      onChange={field.onChange}
      missing={missing === index}
      missingText={missingText}
    />
  ));
  return (
    <dialog
      ref={dialogRef}
      className={className ? `path-dialog ${className}` : 'path-dialog'}
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // The browser's own close request (Escape) goes the same way as every other exit.
        event.preventDefault();
        onCancel();
      }}
    >
      <form className="path-dialog-form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="path-dialog-title">
          {title}
        </h2>
        <p id={`${id}-intro`} className={introClassName}>
          {intro}
        </p>
        {alert}
        {body(rendered)}
        <div className="path-dialog-actions">
          <button type="submit" className="button button-primary" disabled={submitDisabled}>
            {submitLabel}
          </button>
          {actions}
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {cancelLabel ?? t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

const TEXTS = {
  new: {
    title: 'pathDialog.titleNew',
    intro: 'pathDialog.introNew',
    submit: 'pathDialog.submitNew',
  },
  open: {
    title: 'pathDialog.titleOpen',
    intro: 'pathDialog.introOpen',
    submit: 'pathDialog.submitOpen',
  },
  saveCopy: {
    title: 'pathDialog.titleSaveCopy',
    intro: 'pathDialog.introSaveCopy',
    submit: 'pathDialog.submitSaveCopy',
  },
  import: {
    title: 'pathDialog.titleImport',
    intro: 'pathDialog.introImport',
    submit: 'pathDialog.submitImport',
  },
} as const;

/** The app's own prompts: a new plan (which also asks for its title), open, save a copy, import. */
function PlanPathDialog({ prompt }: { prompt: PathPrompt }) {
  const { t } = useTranslation();
  const busy = useAppStore((s) => s.busy);
  const submitPrompt = useAppStore((s) => s.submitPrompt);
  const cancelPrompt = useAppStore((s) => s.cancelPrompt);
  const [path, setPath] = useState(prompt.suggestedPath);
  const [title, setTitle] = useState('');
  // Until the path is edited by hand, the file is named after the plan's title.
  const [pathEdited, setPathEdited] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const texts = TEXTS[prompt.purpose];
  const isNew = prompt.purpose === 'new';

  const changeTitle = (value: string) => {
    setTitle(value);
    if (!pathEdited) setPath(pathForTitle(prompt.suggestedPath, value));
  };

  const titleField = (
    <div className="form-group">
      <label className="form-label" htmlFor={`${id}-title-field`}>
        {t('pathDialog.planTitleLabel')}
      </label>
      <span className="form-hint" id={`${id}-title-hint`}>
        {t('pathDialog.planTitleHint')}
      </span>
      <input
        id={`${id}-title-field`}
        className="form-input"
        type="text"
        ref={titleRef}
        value={title}
        maxLength={200}
        onChange={(event) => changeTitle(event.target.value)}
        aria-describedby={`${id}-title-hint`}
      />
    </div>
  );
  return (
    <PathForm
      title={t(texts.title)}
      intro={t(texts.intro)}
      fields={[
        {
          label: t('pathDialog.pathLabel'),
          hint: t(
            prompt.purpose === 'import' ? 'pathDialog.pathHintImport' : 'pathDialog.pathHint',
          ),
          value: path,
          onChange: (value) => {
            setPathEdited(true);
            setPath(value);
          },
        },
      ]}
      missingText={t('pathDialog.pathRequired')}
      submitLabel={t(texts.submit)}
      onSubmit={() => void submitPrompt({ path, title })}
      onCancel={cancelPrompt}
      // Not disabling the button while busy keeps focus on it; a second press is simply ignored.
      busy={busy}
      alert={<ErrorAlert />}
      // A new plan is named first; where it is kept is proposed and seldom changed.
      body={(fields) => (
        <>
          {isNew && titleField}
          {fields}
        </>
      )}
      {...(isNew ? { initialFocus: titleRef } : {})}
    />
  );
}

// Characters no file system takes in a file name.
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|]+/g;

/** The proposed path with its file named after `title`; the proposed name when there is none. */
function pathForTitle(suggestedPath: string, title: string): string {
  const name = title.replace(NOT_IN_FILE_NAMES, '-').trim();
  if (name === '') return suggestedPath;
  const cut = Math.max(suggestedPath.lastIndexOf('/'), suggestedPath.lastIndexOf('\\')) + 1;
  return `${suggestedPath.slice(0, cut)}${planFileName(name)}`;
}

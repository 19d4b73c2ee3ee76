import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { joinPath } from '../../store/paths';
import type { SharingPrompt } from '../../store/sharing-slice';
import { cleanCopyName } from '../../store/sharing-slice';
import { useModalDialog } from '../catalog/use-modal-dialog';
import { trapTab } from '../focus-trap';
import { PathField } from './PathField';
import { SharingAlert } from './SharingAlert';
import '../../styles/sharing.css';

/**
 * Asks for the paths of a sharing step where the host has no native file dialog: where a copy
 * goes, which copy to merge with, or which file to make a clean copy of and where. Modal, like
 * the app's own path dialog: focus stays inside, Escape cancels, focus goes back on close.
 */
export function SharingPathDialog({ prompt }: { prompt: SharingPrompt }) {
  const { t } = useTranslation();
  const error = useAppStore((s) => s.sharingError);
  const separator = useAppStore((s) => s.appInfo?.pathSeparator ?? '/');
  const language = useAppStore((s) => s.language);
  const submitSharingPrompt = useAppStore((s) => s.submitSharingPrompt);
  const cancel = useAppStore((s) => s.cancelSharingPrompt);
  const salvage = prompt.purpose === 'salvage';
  const [source, setSource] = useState(prompt.suggestedSource);
  const [path, setPath] = useState(prompt.suggestedPath);
  const [pathTouched, setPathTouched] = useState(prompt.suggestedPath !== '');
  const [missing, setMissing] = useState<'source' | 'path' | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const sourceRef = useRef<HTMLInputElement>(null);
  const pathRef = useRef<HTMLInputElement>(null);
  useModalDialog(dialogRef, firstRef);
  const id = useId();

  // Until the user writes their own, the clean copy is offered beside the file it comes from.
  const shownPath = salvage && !pathTouched ? cleanCopyPath(source, separator, language) : path;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (salvage && source.trim() === '') {
      setMissing('source');
      sourceRef.current?.focus();
      return;
    }
    if (shownPath.trim() === '') {
      setMissing('path');
      pathRef.current?.focus();
      return;
    }
    setMissing(null);
    void submitSharingPrompt(salvage ? { path: shownPath, source } : { path: shownPath });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
      return;
    }
    trapTab(event);
  };

  const texts = TEXTS[prompt.purpose];
  return (
    <dialog
      ref={dialogRef}
      className="path-dialog sharing-path-dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <form className="path-dialog-form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="path-dialog-title">
          {t(texts.title)}
        </h2>
        <p id={`${id}-intro`}>{t(texts.intro)}</p>
        <SharingAlert error={error} />
        {salvage && (
          <PathField
            id={`${id}-source`}
            inputRef={(el) => {
              sourceRef.current = el;
              firstRef.current = el;
            }}
            label={t('sharing.paths.salvage.sourceLabel')}
            hint={t('sharing.paths.salvage.sourceHint')}
            value={source}
            onChange={setSource}
            missing={missing === 'source'}
          />
        )}
        <PathField
          id={`${id}-path`}
          inputRef={(el) => {
            pathRef.current = el;
            if (!salvage) firstRef.current = el;
          }}
          label={t(texts.pathLabel)}
          hint={t('sharing.paths.pathHint')}
          value={shownPath}
          onChange={(value) => {
            setPathTouched(true);
            setPath(value);
          }}
          missing={missing === 'path'}
        />
        <div className="path-dialog-actions">
          <button type="submit" className="button button-primary">
            {t(texts.submit)}
          </button>
          <button type="button" className="button button-secondary" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

const TEXTS = {
  openCopy: {
    title: 'sharing.paths.openCopy.title',
    intro: 'sharing.paths.openCopy.intro',
    pathLabel: 'sharing.paths.openCopy.pathLabel',
    submit: 'sharing.paths.openCopy.submit',
  },
  mergeTheirs: {
    title: 'sharing.paths.mergeTheirs.title',
    intro: 'sharing.paths.mergeTheirs.intro',
    pathLabel: 'sharing.paths.mergeTheirs.pathLabel',
    submit: 'sharing.paths.mergeTheirs.submit',
  },
  salvage: {
    title: 'sharing.paths.salvage.title',
    intro: 'sharing.paths.salvage.intro',
    pathLabel: 'sharing.paths.salvage.pathLabel',
    submit: 'sharing.paths.salvage.submit',
  },
} as const;

function cleanCopyPath(source: string, separator: '/' | '\\', language: 'da' | 'en'): string {
  const cut = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
  const name = source.slice(cut + 1);
  if (name.trim() === '') return '';
  return joinPath(source.slice(0, Math.max(cut, 0)), separator, cleanCopyName(name, language));
}

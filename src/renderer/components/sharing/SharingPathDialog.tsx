import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanCopyName } from '../../flows/copy-names';
import { submitSharingPrompt } from '../../flows/sharing-prompt-flow';
import { useAppStore } from '../../store';
import { joinPath } from '../../store/paths';
import type { SharingPrompt } from '../../store/sharing-slice';
import { PathDialog, type PathDialogField } from '../PathDialog';
import { SharingAlert } from './SharingAlert';
import './sharing.css';

/**
 * Asks for the paths of a sharing step where the host has no native file dialog: where a copy
 * goes, which copy to merge with, which file to make a clean copy of and where, or where the
 * clean copy of the open plan goes.
 */
export function SharingPathDialog({ prompt }: { prompt: SharingPrompt }) {
  const { t } = useTranslation();
  const error = useAppStore((s) => s.sharingError);
  const separator = useAppStore((s) => s.appInfo?.pathSeparator ?? '/');
  const language = useAppStore((s) => s.language);
  const cancel = useAppStore((s) => s.cancelSharingPrompt);
  const salvage = prompt.purpose === 'salvage';
  const [source, setSource] = useState(prompt.suggestedSource);
  const [path, setPath] = useState(prompt.suggestedPath);
  const [pathTouched, setPathTouched] = useState(prompt.suggestedPath !== '');

  // Until the user writes their own, the clean copy is offered beside the file it comes from.
  const shownPath = salvage && !pathTouched ? cleanCopyPath(source, separator, language) : path;

  const texts = TEXTS[prompt.purpose];
  const target: PathDialogField = {
    label: t(texts.pathLabel),
    hint: t('sharing.paths.pathHint'),
    value: shownPath,
    onChange: (value) => {
      setPathTouched(true);
      setPath(value);
    },
  };
  const fields: PathDialogField[] = salvage
    ? [
        {
          label: t('sharing.paths.salvage.sourceLabel'),
          hint: t('sharing.paths.salvage.sourceHint'),
          value: source,
          onChange: setSource,
        },
        target,
      ]
    : [target];
  return (
    <PathDialog
      title={t(texts.title)}
      intro={t(texts.intro)}
      alert={<SharingAlert error={error} />}
      fields={fields}
      missingText={t('sharing.paths.pathRequired')}
      submitLabel={t(texts.submit)}
      onSubmit={() =>
        void submitSharingPrompt(salvage ? { path: shownPath, source } : { path: shownPath })
      }
      onCancel={cancel}
    />
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
  cleanCopy: {
    title: 'sharing.paths.cleanCopy.title',
    intro: 'sharing.paths.cleanCopy.intro',
    pathLabel: 'sharing.paths.cleanCopy.pathLabel',
    submit: 'sharing.paths.cleanCopy.submit',
  },
} as const;

function cleanCopyPath(source: string, separator: '/' | '\\', language: 'da' | 'en'): string {
  const cut = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
  const name = source.slice(cut + 1);
  if (name.trim() === '') return '';
  return joinPath(source.slice(0, Math.max(cut, 0)), separator, cleanCopyName(name, language));
}

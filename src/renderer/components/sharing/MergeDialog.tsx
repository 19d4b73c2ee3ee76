import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { finishMerge } from '../../flows/merge-flow';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store';
import type { MergeState } from '../../store/merge-state';
import { useModalDialog } from '../catalog/use-modal-dialog';
import { trapTab } from '../focus-trap';
import { Icon } from '../Icon';
import { ConflictItem, type ConflictFlag } from './ConflictItem';
import { MergeProblemAlert } from './MergeProblemAlert';
import type { ValueContext } from './merge-values';
import { PathField } from './PathField';
import '../path-dialog.css';
import './sharing.css';

/**
 * The result of comparing the open plan with another copy: what comes from theirs as it is, and
 * every conflict side by side with a choice of mine or theirs. Finishing writes a new file and
 * opens it; neither copy changes. Modal: focus stays inside, Escape cancels.
 */
export function MergeDialog({ merge }: { merge: MergeState }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useAppStore((s) => s.language);
  const doc = useAppStore((s) => s.snapshot?.document);
  const native = useAppStore((s) => s.appInfo?.nativeDialogs ?? false);
  const busy = useAppStore((s) => s.busy);
  const chooseConflict = useAppStore((s) => s.chooseConflict);
  const chooseAll = useAppStore((s) => s.chooseAllConflicts);
  const cancel = useAppStore((s) => s.cancelMerge);
  const [outPath, setOutPath] = useState(merge.suggestedOutPath);
  const [missingOut, setMissingOut] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const outRef = useRef<HTMLInputElement | null>(null);
  useModalDialog(dialogRef, headingRef);
  const id = useId();

  const { preview, choices, problem } = merge;
  const { conflicts } = preview;
  const decided = conflicts.filter((c) => choices[c.id] !== undefined).length;
  const ctx: ValueContext = useMemo(
    () => ({ t, format, language, doc }),
    [t, format, language, doc],
  );
  const flagOf = (conflictId: string): ConflictFlag => {
    if (problem?.kind === 'unresolved' && problem.ids.includes(conflictId)) return 'missing';
    if (problem?.kind === 'date-order' && problem.ids.includes(conflictId)) return 'date-order';
    return null;
  };

  // A problem with the choices takes the user to the first conflict it names.
  const firstFlagged =
    problem?.kind === 'unresolved' || problem?.kind === 'date-order' ? problem.ids[0] : undefined;
  useEffect(() => {
    if (!firstFlagged) return;
    const item = Array.from(listRef.current?.children ?? []).find(
      (li) => li instanceof HTMLElement && li.dataset['conflict'] === firstFlagged,
    );
    item?.querySelector<HTMLInputElement>('input')?.focus();
  }, [firstFlagged, problem]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!native && decided === conflicts.length && outPath.trim() === '') {
      setMissingOut(true);
      outRef.current?.focus();
      return;
    }
    setMissingOut(false);
    void finishMerge(native ? undefined : outPath);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
      return;
    }
    trapTab(event);
  };

  const taken =
    preview.takenFromTheirs === 0
      ? t('sharing.merge.takenNone')
      : t('sharing.merge.taken', { count: preview.takenFromTheirs });
  return (
    <dialog
      ref={dialogRef}
      className="merge-dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={preview.sharedHistory ? `${id}-summary` : `${id}-summary ${id}-history`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <form className="merge-form" onSubmit={submit} noValidate>
        <div className="merge-head">
          <h2 ref={headingRef} tabIndex={-1} id={`${id}-title`} className="merge-title">
            {t('sharing.merge.title')}
          </h2>
          <dl className="merge-files">
            <div>
              <dt>{t('sharing.merge.mineFile')}</dt>
              <dd title={preview.mine.path}>{preview.mine.name}</dd>
            </div>
            <div>
              <dt>{t('sharing.merge.theirsFile')}</dt>
              <dd title={preview.theirs.path}>{preview.theirs.name}</dd>
            </div>
          </dl>
          <p id={`${id}-summary`} className="merge-summary">
            {taken}{' '}
            {conflicts.length === 0
              ? t('sharing.merge.noConflicts')
              : t('sharing.merge.conflicts', { count: conflicts.length })}
          </p>
          {!preview.sharedHistory && (
            <div className="alert alert-warning merge-history">
              <Icon name="warning" className="alert-icon" />
              <div className="alert-body">
                <p id={`${id}-history`} className="alert-text">
                  {t('sharing.merge.noSharedHistory')}
                </p>
              </div>
            </div>
          )}
          {conflicts.length > 0 && (
            <div className="merge-bulk">
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => chooseAll('mine')}
              >
                {t('sharing.merge.chooseAllMine')}
              </button>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => chooseAll('theirs')}
              >
                {t('sharing.merge.chooseAllTheirs')}
              </button>
              <p className="merge-progress" role="status">
                {t('sharing.merge.resolved', { done: decided, total: conflicts.length })}
              </p>
            </div>
          )}
        </div>
        {conflicts.length > 0 && (
          <ul
            ref={listRef}
            className="merge-conflicts no-max-width"
            aria-label={t('sharing.merge.listLabel')}
          >
            {conflicts.map((conflict) => (
              <ConflictItem
                key={conflict.id}
                conflict={conflict}
                choice={choices[conflict.id]}
                flag={flagOf(conflict.id)}
                onChoose={(choice) => chooseConflict(conflict.id, choice)}
                ctx={ctx}
              />
            ))}
          </ul>
        )}
        <div className="merge-foot">
          <MergeProblemAlert problem={problem} />
          {!native && (
            <PathField
              id={`${id}-out`}
              inputRef={(el) => {
                outRef.current = el;
              }}
              label={t('sharing.merge.outLabel')}
              hint={t('sharing.merge.outHint')}
              value={outPath}
              onChange={setOutPath}
              missing={missingOut}
              missingText={t('sharing.paths.pathRequired')}
            />
          )}
          <div className="path-dialog-actions">
            <button type="submit" className="button button-primary">
              {native ? t('sharing.merge.finishNative') : t('sharing.merge.finish')}
            </button>
            <button type="button" className="button button-secondary" onClick={cancel}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      </form>
    </dialog>
  );
}

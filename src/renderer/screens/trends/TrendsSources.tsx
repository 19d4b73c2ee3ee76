import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PathField } from '../../components/sharing/PathField';
import { useAppStore } from '../../store';

/**
 * The plan files and folders to count, listed and each removable. The desktop shell's own dialog
 * chooses several files or a folder; where there is none (the browser harness), a path is typed,
 * as the program's other path questions are.
 */
export function TrendsSources({
  sources,
  onChange,
  disabled,
}: {
  sources: readonly string[];
  onChange: (sources: string[]) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const api = useAppStore((s) => s.api);
  const nativeDialogs = useAppStore((s) => s.appInfo?.nativeDialogs ?? false);
  const showError = useAppStore((s) => s.showError);
  const listRef = useRef<HTMLUListElement>(null);
  const add = (paths: readonly string[]) =>
    onChange([...sources, ...paths.filter((p) => !sources.includes(p))]);

  const choose = async (kind: 'files' | 'folder') => {
    const chosen = await api.chooseTrendsSources({ kind });
    if (!chosen.ok) showError(chosen.error);
    else add(chosen.value.paths);
  };

  const remove = (index: number) => {
    onChange(sources.filter((_, i) => i !== index));
    // Focus stays in the list, on the next path's button (or the one before), never lost.
    const buttons = listRef.current?.querySelectorAll('button');
    const next = buttons?.[index + 1] ?? buttons?.[index - 1];
    (next as HTMLElement | undefined)?.focus();
  };

  return (
    <section className="trends-sources" aria-labelledby="trends-sources-heading">
      <h2 id="trends-sources-heading">{t('trends.sourcesHeading')}</h2>
      {nativeDialogs ? (
        <div className="trends-choose">
          <button
            type="button"
            className="button button-secondary"
            disabled={disabled}
            onClick={() => void choose('files')}
          >
            {t('trends.chooseFiles')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={disabled}
            onClick={() => void choose('folder')}
          >
            {t('trends.chooseFolder')}
          </button>
        </div>
      ) : (
        <PathAdder onAdd={(path) => add([path])} disabled={disabled} />
      )}
      {sources.length === 0 ? (
        <p className="trends-empty">{t('trends.noSources')}</p>
      ) : (
        <ul ref={listRef} className="trends-source-list">
          {sources.map((path, i) => (
            <li key={path}>
              <span className="trends-source-path">{path}</span>
              <button
                type="button"
                className="button button-tertiary button-small"
                disabled={disabled}
                aria-label={t('trends.removeLabel', { path })}
                onClick={() => remove(i)}
              >
                {t('trends.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PathAdder({ onAdd, disabled }: { onAdd: (path: string) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const defaultFolder = useAppStore((s) => s.appInfo?.defaultFolder ?? '');
  const [path, setPath] = useState(defaultFolder);
  const [missing, setMissing] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);
  const id = useId();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (disabled) return;
    const trimmed = path.trim();
    if (trimmed === '') {
      setMissing(true);
      input.current?.focus();
      return;
    }
    setMissing(false);
    onAdd(trimmed);
    setPath('');
    input.current?.focus();
  };

  return (
    <form className="trends-path-form" onSubmit={submit} noValidate>
      <PathField
        id={`${id}-path`}
        inputRef={(element) => {
          input.current = element;
        }}
        label={t('trends.pathLabel')}
        hint={t('trends.pathHint')}
        value={path}
        onChange={(value) => {
          setPath(value);
          setMissing(false);
        }}
        missing={missing}
        missingText={t('trends.pathRequired')}
      />
      <button type="submit" className="button button-secondary" disabled={disabled}>
        {t('trends.add')}
      </button>
    </form>
  );
}

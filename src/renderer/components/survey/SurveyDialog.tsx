import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import { MEASUREMENT_KINDS } from '../../../shared/model/enums';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../store';
import { PathDialog, type PathDialogField } from '../PathDialog';
import { ChooseOtherFileButton } from '../ChooseOtherFileButton';
import { SharingAlert } from '../sharing/SharingAlert';
import { SurveyFigures } from './SurveyFigures';
import { mappingOf, useSurveyImport, type SurveyState } from './use-survey-import';
import './survey.css';

/**
 * »Indlæs resultater fra et spørgeskema«: the export (asked for here where the host has no file
 * dialog), the questions mapped to competences, the target group, kind and date, then the
 * figures per group and the groups refused, and the button that imports them as one step.
 */
export function SurveyDialog({
  doc,
  initialPath,
  onClose,
  onImported,
}: {
  doc: WindowDocument;
  initialPath: string;
  onClose: () => void;
  onImported: (count: number) => void;
}) {
  const { t } = useTranslation();
  const busy = useAppStore((s) => s.busy);
  const native = useAppStore((s) => s.appInfo?.nativeDialogs ?? false);
  const api = useAppStore((s) => s.api);
  const { state, change, read, show, importFigures } = useSurveyImport(initialPath, onImported);
  const { file, preview } = state;
  const mapping = mappingOf(state);
  const fields: PathDialogField[] = native
    ? []
    : [
        {
          label: t('survey.pathLabel'),
          hint: t('survey.pathHint'),
          value: state.sourcePath,
          onChange: (sourcePath) => change({ sourcePath, file: null }),
        },
      ];
  const chooseFile = async () => {
    const chosen = await api.chooseFile({ purpose: 'survey' });
    if (chosen.ok && chosen.value.path !== null) await read(chosen.value.path);
  };
  return (
    <PathDialog
      className="survey-dialog"
      title={t('survey.title')}
      intro={t('survey.intro')}
      alert={<SharingAlert error={state.error} />}
      fields={fields}
      missingText={t('survey.pathRequired')}
      submitLabel={
        !file
          ? t('survey.read')
          : !preview
            ? t('survey.show')
            : t('survey.import', { count: preview.figures.length })
      }
      submitDisabled={
        (file !== null && mapping === null) || (preview !== null && preview.figures.length === 0)
      }
      busy={busy}
      onSubmit={() => void (!file ? read() : !preview ? show() : importFigures())}
      onCancel={onClose}
      actions={
        native ? (
          <ChooseOtherFileButton
            label={t('survey.otherFile')}
            busy={busy}
            onChoose={() => void chooseFile()}
          />
        ) : null
      }
      body={(rendered) => (
        <>
          {rendered}
          {file && <Mapping doc={doc} state={state} change={change} />}
          {preview && <SurveyFigures doc={doc} preview={preview} />}
        </>
      )}
    />
  );
}

function Mapping({
  doc,
  state,
  change,
}: {
  doc: WindowDocument;
  state: SurveyState;
  change: (patch: Partial<SurveyState>) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const file = state.file!;
  const questions = file.columns.filter((c) => c.role === 'question');
  const groupColumns = file.columns.filter((c) => c.role === 'other' && c.values.length > 0);
  const { group } = state;
  return (
    <div className="survey-mapping">
      <p className="survey-file" role="status">
        {t('survey.fileSummary', { name: file.name, count: file.respondents })}
      </p>
      <fieldset className="survey-fieldset">
        <legend className="survey-legend">{t('survey.questionsHeading')}</legend>
        {questions.length === 0 ? (
          <p>{t('survey.noQuestions')}</p>
        ) : (
          <>
            <p className="form-hint">{t('survey.questionsHint')}</p>
            {questions.map((q) => (
              <div className="form-group" key={q.index}>
                <label className="form-label" htmlFor={`${id}-q${q.index}`}>
                  {q.header}
                </label>
                <select
                  id={`${id}-q${q.index}`}
                  className="form-select"
                  value={state.questions[q.index] ?? ''}
                  onChange={(event) =>
                    change({ questions: { ...state.questions, [q.index]: event.target.value } })
                  }
                >
                  <option value="">{t('survey.notUsed')}</option>
                  {doc.competences.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </>
        )}
      </fieldset>
      <fieldset className="survey-fieldset">
        <legend className="survey-legend">{t('survey.groupHeading')}</legend>
        <div className="form-group-radio">
          <input
            id={`${id}-by-column`}
            className="form-radio"
            type="radio"
            name={`${id}-group`}
            checked={group.by === 'column'}
            disabled={groupColumns.length === 0}
            onChange={() =>
              change({
                group: { by: 'column', column: file.groupColumn ?? groupColumns[0]?.index ?? null },
              })
            }
          />
          <label className="form-label" htmlFor={`${id}-by-column`}>
            {t('survey.groupByColumn')}
          </label>
        </div>
        {groupColumns.length === 0 && <p className="form-hint">{t('survey.noGroupColumn')}</p>}
        {group.by === 'column' && (
          <div className="form-group survey-indent">
            <label className="form-label" htmlFor={`${id}-column`}>
              {t('survey.groupColumn')}
            </label>
            <span className="form-hint" id={`${id}-column-hint`}>
              {t('survey.groupColumnHint')}
            </span>
            <select
              id={`${id}-column`}
              className="form-select"
              aria-describedby={`${id}-column-hint`}
              value={group.column ?? ''}
              onChange={(event) =>
                change({ group: { by: 'column', column: Number(event.target.value) } })
              }
            >
              {groupColumns.map((c) => (
                <option key={c.index} value={c.index}>
                  {c.header}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="form-group-radio">
          <input
            id={`${id}-one`}
            className="form-radio"
            type="radio"
            name={`${id}-group`}
            checked={group.by === 'one'}
            onChange={() => change({ group: { by: 'one', targetGroupId: null } })}
          />
          <label className="form-label" htmlFor={`${id}-one`}>
            {t('survey.groupOne')}
          </label>
        </div>
        {group.by === 'one' && (
          <div className="form-group survey-indent">
            <label className="form-label" htmlFor={`${id}-group-one`}>
              {t('survey.groupOneLabel')}
            </label>
            <select
              id={`${id}-group-one`}
              className="form-select"
              value={group.targetGroupId ?? ''}
              onChange={(event) =>
                change({ group: { by: 'one', targetGroupId: event.target.value || null } })
              }
            >
              <option value="">{t('planner.measurements.allTargetGroups')}</option>
              {doc.targetGroups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
      <div className="survey-when">
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-kind`}>
            {t('survey.kindLabel')}
          </label>
          <select
            id={`${id}-kind`}
            className="form-select"
            value={state.kind}
            onChange={(event) => change({ kind: event.target.value as SurveyState['kind'] })}
          >
            {MEASUREMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`enums.measurementKind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-date`}>
            {t('survey.dateLabel')}
          </label>
          <span className="form-hint" id={`${id}-date-hint`}>
            {t('survey.dateHint')}
            {state.date !== '' && ` (${format.date(state.date)})`}
          </span>
          <input
            id={`${id}-date`}
            className="form-input"
            type="date"
            aria-describedby={`${id}-date-hint`}
            value={state.date}
            onChange={(event) => change({ date: event.target.value })}
          />
        </div>
      </div>
    </div>
  );
}

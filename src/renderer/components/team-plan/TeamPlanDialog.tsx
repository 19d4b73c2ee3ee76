import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  chooseTeam,
  chooseTeamPlanFile,
  fileTeamPlan,
  readTeamPlan,
} from '../../flows/team-plan-flow';
import { useAppStore } from '../../store';
import type { TeamPlanDialog as Dialog } from '../../store/team-plan-slice';
import { PathDialog, type PathDialogField } from '../PathDialog';
import { ChooseOtherFileButton } from '../ChooseOtherFileButton';
import { SharingAlert } from '../sharing/SharingAlert';
import { TeamPlanLists } from './TeamPlanLists';
import './team-plan.css';

/**
 * »Indsæt et teams plan«: the team's file (asked for here where the host has no file dialog),
 * then what filing it adds and what the plan already has, and the button that files it. Editing
 * the path forgets the preview, so what is filed is always what was shown.
 */
export function TeamPlanDialog({ dialog }: { dialog: Dialog }) {
  const { t } = useTranslation();
  const busy = useAppStore((s) => s.busy);
  const native = useAppStore((s) => s.appInfo?.nativeDialogs ?? false);
  const update = useAppStore((s) => s.updateTeamPlan);
  const cancel = useAppStore((s) => s.cancelTeamPlan);
  const { preview } = dialog;
  const fields: PathDialogField[] = native
    ? []
    : [
        {
          label: t('sharing.teamPlan.pathLabel'),
          hint: t('sharing.teamPlan.pathHint'),
          value: dialog.sourcePath,
          onChange: (sourcePath) =>
            update({ sourcePath, teamId: null, preview: null, error: null }),
        },
      ];
  return (
    <PathDialog
      className="team-plan-dialog"
      title={t('sharing.teamPlan.title')}
      intro={t('sharing.teamPlan.intro')}
      alert={<SharingAlert error={dialog.error} />}
      fields={fields}
      missingText={t('sharing.teamPlan.pathRequired')}
      submitLabel={t(preview ? 'sharing.teamPlan.file' : 'sharing.teamPlan.read')}
      submitDisabled={preview !== null && preview.teamId === null}
      busy={busy}
      onSubmit={() => void (preview ? fileTeamPlan() : readTeamPlan())}
      onCancel={cancel}
      actions={
        native ? (
          <ChooseOtherFileButton
            label={t('sharing.teamPlan.otherFile')}
            busy={busy}
            onChoose={() => void chooseTeamPlanFile()}
          />
        ) : null
      }
      body={(rendered) => (
        <>
          {rendered}
          {preview && <Preview preview={preview} teamId={dialog.teamId} />}
        </>
      )}
    />
  );
}

function Preview({
  preview,
  teamId,
}: {
  preview: NonNullable<Dialog['preview']>;
  teamId: string | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="team-plan-preview">
      <p className="team-plan-source">
        {t('sharing.teamPlan.from', { title: preview.source.title, name: preview.source.name })}
      </p>
      {preview.teams.length > 1 && (
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-team`}>
            {t('sharing.teamPlan.teamLabel')}
          </label>
          <span className="form-hint" id={`${id}-team-hint`}>
            {t(
              preview.fromWorkshop
                ? 'sharing.teamPlan.teamFromWorkshop'
                : 'sharing.teamPlan.teamHint',
            )}
          </span>
          <select
            id={`${id}-team`}
            className="form-select"
            value={teamId ?? ''}
            aria-describedby={`${id}-team-hint`}
            onChange={(event) => void chooseTeam(event.target.value)}
          >
            {teamId === null && <option value="">{t('sharing.teamPlan.chooseTeam')}</option>}
            {preview.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {preview.teamId !== null && (
        <>
          <p className="team-plan-summary sr-only" role="status">
            {t('sharing.teamPlan.summary', {
              added: preview.added.length,
              found: preview.found.length,
            })}
          </p>
          <TeamPlanLists added={preview.added} found={preview.found} />
          {preview.newLinks > 0 && (
            <p className="team-plan-links">
              {t('sharing.teamPlan.newLinks', { count: preview.newLinks })}
            </p>
          )}
        </>
      )}
    </div>
  );
}

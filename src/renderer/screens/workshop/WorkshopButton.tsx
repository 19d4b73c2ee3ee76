import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { requestTeamPlan } from '../../flows/team-plan-flow';
import { useAppStore } from '../../store';
import { openWorkshops } from './open-workshops';
import { WORKSHOP_BUTTON_ID, type WorkshopMode } from './use-workshop-mode';
import { WorkshopFormatDialog } from './WorkshopFormatDialog';

const NONE: never[] = [];

/**
 * »Workshop« in the plan's header: take up a workshop the plan holds open, or start one of the
 * two, and run it on the screen; or file the plan a team made at its own talk into this one. At a laptop's or a projector's width it shows as an icon, as
 * export and merge do, so the plan's title keeps its share of the header.
 */
export function WorkshopButton({ workshop }: { workshop: Pick<WorkshopMode, 'start' | 'resume'> }) {
  const { t } = useTranslation();
  const busy = useAppStore((s) => s.busy);
  const workshops = useAppStore((s) => s.snapshot?.document.workshops ?? NONE);
  const [choosing, setChoosing] = useState(false);
  return (
    <>
      <button
        id={WORKSHOP_BUTTON_ID}
        type="button"
        className="button button-secondary workshop-open plan-tool"
        title={t('workshop.openTitle')}
        aria-haspopup="dialog"
        onClick={() => {
          if (!busy) setChoosing(true);
        }}
      >
        <Icon name="workshop" className="plan-tool-icon" />
        <span className="plan-tool-label">{t('workshop.open')}</span>
      </button>
      {choosing && (
        <WorkshopFormatDialog
          open={openWorkshops(workshops)}
          onCancel={() => setChoosing(false)}
          onChoose={(format) => {
            setChoosing(false);
            workshop.start(format);
          }}
          onResume={(id) => {
            setChoosing(false);
            workshop.resume(id);
          }}
          onTeamPlan={() => {
            // The choice gives focus back to »Workshop« as it closes, where the filing's dialog
            // then returns it.
            setChoosing(false);
            void requestTeamPlan();
          }}
        />
      )}
    </>
  );
}

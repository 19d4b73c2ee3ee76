import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopFormatId } from '../../../shared/workshop/formats';
import { Icon } from '../../components/Icon';
import { useAppStore } from '../../store';
import { WORKSHOP_BUTTON_ID } from './use-workshop-mode';
import { WorkshopFormatDialog } from './WorkshopFormatDialog';

/**
 * »Workshop« in the plan's header: choose one of the two workshops and run it on the screen. At a
 * laptop's or a projector's width it shows as an icon, as export and merge do, so the plan's
 * title keeps its share of the header.
 */
export function WorkshopButton({ onStart }: { onStart: (format: WorkshopFormatId) => void }) {
  const { t } = useTranslation();
  const busy = useAppStore((s) => s.busy);
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
          onCancel={() => setChoosing(false)}
          onChoose={(format) => {
            setChoosing(false);
            onStart(format);
          }}
        />
      )}
    </>
  );
}

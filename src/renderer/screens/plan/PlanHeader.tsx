import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '../../../shared/api';
import { Icon } from '../../components/Icon';
import { SaveIndicator } from '../../components/SaveIndicator';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useAppStore } from '../../store';
import { HistoryButtons } from '../planner/HistoryButtons';

export function PlanHeader({
  snapshot,
  takeFocus,
}: {
  snapshot: PlanSnapshot;
  takeFocus: boolean;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const busy = useAppStore((s) => s.busy);
  const closePlan = useAppStore((s) => s.closePlan);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(headingRef, takeFocus);
  const { file, document: doc } = snapshot;
  const context = [doc.plan.organisation, doc.plan.unit].filter((part) => part.trim() !== '');

  return (
    <div className="plan-header">
      <div className="container plan-header-inner">
        <div className="plan-header-text">
          {context.length > 0 && <p className="plan-context">{context.join(' · ')}</p>}
          <h1 ref={headingRef} tabIndex={-1} className="plan-title">
            {doc.plan.title}
          </h1>
          <p className="plan-file" title={file.path}>
            <Icon name="file" className="plan-file-icon" />
            <span className="sr-only">{t('plan.file')}: </span>
            {file.name}
          </p>
        </div>
        <div className="plan-header-tools">
          <SaveIndicator />
          <HistoryButtons />
          <button
            type="button"
            className="button button-secondary plan-close"
            onClick={() => {
              if (!busy) void closePlan();
            }}
          >
            {t('plan.close')}
          </button>
        </div>
      </div>
      {file.readOnly && (
        <div className="container">
          <div className="alert alert-warning plan-readonly">
            <Icon name="lock" className="alert-icon" />
            <div className="alert-body">
              <p className="alert-heading">{t('notice.readOnlyHeading')}</p>
              {file.notice && <p className="alert-text">{file.notice.message[language]}</p>}
            </div>
          </div>
        </div>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { DateEdits } from './use-date-edits';

/**
 * What the last move did, kept at the top of the chart where it stays in sight while a long
 * timeline is scrolled: a saved move as a status, a refusal as an alert.
 */
export function TimelineMessages({
  message,
  readOnlyNote,
}: {
  message: DateEdits['message'];
  readOnlyNote: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="timeline-messages">
      <p role="status" className="timeline-status">
        {message && !message.refused ? message.text : ''}
      </p>
      {message?.refused && (
        <p role="alert" className="form-error-message">
          {message.text}
        </p>
      )}
      {readOnlyNote && (
        <p role="alert" className="form-error-message">
          {t('progress.timeline.readOnly')}
        </p>
      )}
    </div>
  );
}

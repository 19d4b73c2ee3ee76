import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LevelScale } from '../level/LevelScale';
import { HELP_PANEL_ID, showsLevels, type HelpTopic } from './help-topic';
import './help.css';

const HEADING_ID = 'help-panel-heading';
const SCALE_HEADING_ID = 'help-panel-scale';
const STEPS = ['step1', 'step2', 'step3'] as const;
const TERMS = [
  'su',
  'paragraph8',
  'mus',
  'grus',
  'effectChain',
  'yearWheel',
  'fund',
  'impactMap',
] as const;

/**
 * Help beside the screen being worked on: what it is for, its main task in three steps, the level
 * scale where levels are entered, and the words of the field. A side panel, not a modal dialog:
 * the committee can keep working with it open. Esc closes it while focus is in it.
 */
export function HelpPanel({
  topic,
  request,
  onClose,
}: {
  topic: HelpTopic;
  /** Each new request for help moves focus to the panel's heading. */
  request: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [request]);

  const screen = topic === 'guide' ? t('help.panel.guideScreen') : t(`planner.views.${topic}`);
  return (
    <div
      id={HELP_PANEL_ID}
      className="help-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={HEADING_ID}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        event.preventDefault();
        onClose();
      }}
    >
      <div className="help-panel-head">
        <h2 id={HEADING_ID} ref={headingRef} tabIndex={-1}>
          {t('help.panel.heading', { screen })}
        </h2>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          {t('help.panel.close')}
        </button>
      </div>
      <div className="help-panel-body">
        <h3>{t('help.panel.purpose')}</h3>
        <p>{t(`help.screens.${topic}.purpose`)}</p>
        <h3>{t('help.panel.howTo')}</h3>
        <ol>
          {STEPS.map((step) => (
            <li key={step}>{t(`help.screens.${topic}.${step}`)}</li>
          ))}
        </ol>
        {showsLevels(topic) && (
          <>
            <h3 id={SCALE_HEADING_ID}>{t('help.panel.scale')}</h3>
            <LevelScale labelledBy={SCALE_HEADING_ID} />
          </>
        )}
        <h3>{t('help.panel.glossary')}</h3>
        <dl className="help-glossary">
          {TERMS.map((term) => (
            <div key={term}>
              <dt>{t(`help.glossary.${term}.term`)}</dt>
              <dd>{t(`help.glossary.${term}.text`)}</dd>
            </div>
          ))}
        </dl>
        <p className="help-keys">{t('help.panel.keys')}</p>
      </div>
    </div>
  );
}

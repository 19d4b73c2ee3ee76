import { useTranslation } from 'react-i18next';
import { DEFAULT_LEVEL_TEXTS, LEVEL_STEPS } from '../../../../shared/i18n/level-meanings';
import { EditableText } from '../../../components/fields';
import { fieldKey, useAppStore } from '../../../store';

/**
 * What each step of the 1–5 scale means in this plan, in the committee's own words. A step left
 * empty keeps the default meaning, which stands under the field.
 */
export function LevelMeaningsEditor({ meanings }: { meanings: readonly string[] }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const updatePlan = useAppStore((s) => s.updatePlan);
  const save = (index: number, text: string) =>
    updatePlan({
      levelMeanings: meanings.map((m, i) => (i === index ? text.trim() : m)),
    });
  return (
    <section className="plan-block" aria-labelledby="overview-levels-heading">
      <h3 id="overview-levels-heading">{t('help.levels.heading')}</h3>
      <p className="level-meanings-intro">{t('help.levels.intro')}</p>
      <div className="level-meanings">
        {LEVEL_STEPS.map((step) => (
          <EditableText
            key={step}
            label={t('help.levels.step', { level: step })}
            hint={t('help.levels.standard', { meaning: DEFAULT_LEVEL_TEXTS[step - 1]![language] })}
            value={meanings[step - 1] ?? ''}
            errorKey={fieldKey('plan', '', 'levelMeanings')}
            onCommit={(text) => save(step - 1, text)}
          />
        ))}
      </div>
    </section>
  );
}

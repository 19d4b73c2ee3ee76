import { useTranslation } from 'react-i18next';

/** A competence's levels as the guide asks for them: where staff are today and where they should be. */
export interface Levels {
  currentLevel: number | null;
  targetLevel: number | null;
}

const STEPS = [1, 2, 3, 4, 5] as const;

/**
 * The current and target level of one chosen competence, side by side. Without them the plan's
 * gap, the effect chain and the impact map have nothing to show, so the guide asks at once.
 */
export function LevelChoice({
  name,
  value,
  onChange,
}: {
  name: string;
  value: Levels;
  onChange: (value: Levels) => void;
}) {
  const { t } = useTranslation();
  const select = (field: keyof Levels) => (
    <label className="guide-level">
      <span className="guide-level-label">{t(`guide.competences.${field}`)}</span>
      <select
        className="form-select guide-level-select"
        aria-label={t(`guide.competences.${field}For`, { name })}
        value={value[field] ?? ''}
        onChange={(event) =>
          onChange({
            ...value,
            [field]: event.target.value === '' ? null : Number(event.target.value),
          })
        }
      >
        <option value="">{t('guide.competences.levelNotSet')}</option>
        {STEPS.map((step) => (
          <option key={step} value={step}>
            {step}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="guide-levels">
      {select('currentLevel')}
      {select('targetLevel')}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { LinkCoverage } from '../../../../shared/progress';
import { useFormat } from '../../../i18n/use-format';

/**
 * The six links of the effect chain for one competence, in order, each saying in words whether
 * it has been measured or is still blind; a tick or an open ring and a solid or dashed frame say
 * the same to the eye.
 */
export function EffectChainSteps({
  links,
  label,
}: {
  links: readonly LinkCoverage[];
  label: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ol className="effect-chain no-max-width" aria-label={label}>
      {links.map((l) => (
        <li key={l.link} className={l.blind ? 'effect-link blind' : 'effect-link measured'}>
          <span className="effect-link-mark" aria-hidden="true">
            {l.blind ? '○' : '✓'}
          </span>
          <span className="effect-link-name">{t(`enums.effectLink.${l.link}`)}</span>
          <span className="effect-link-state">
            {l.blind
              ? t('progress.effect.blind')
              : t('progress.effect.measured', {
                  baselines: format.number(l.baselines),
                  followUps: format.number(l.followUps),
                })}
          </span>
        </li>
      ))}
    </ol>
  );
}

import type { TFunction } from 'i18next';
import type { Priority } from '../../../../shared/model/enums';

/** The three priorities in words, highest first, as the plan's other screens name them. */
export function priorityOptions(t: TFunction): { value: Priority; label: string }[] {
  return [
    { value: 1, label: t('priority.high') },
    { value: 2, label: t('priority.medium') },
    { value: 3, label: t('priority.low') },
  ];
}

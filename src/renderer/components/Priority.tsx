import { useTranslation } from 'react-i18next';
import type { Priority as PriorityValue } from '../../shared/model/enums';

const KEYS = { 1: 'priority.high', 2: 'priority.medium', 3: 'priority.low' } as const;

export function Priority({ value }: { value: PriorityValue }) {
  const { t } = useTranslation();
  return <span className={`priority priority-${value}`}>{t(KEYS[value])}</span>;
}

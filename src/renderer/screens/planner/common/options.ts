import type { TFunction } from 'i18next';
import {
  ACTIVITY_STATUSES,
  EFFECT_LINKS,
  MEASUREMENT_KINDS,
  MEMBER_ROLES,
  PLAN_STATUSES,
} from '../../../../shared/model/enums';

/** Choices for the model's enums, in the model's order and the reader's language. */
export const enumOptions = (t: TFunction) => ({
  planStatus: PLAN_STATUSES.map((value) => ({ value, label: t(`enums.planStatus.${value}`) })),
  memberRole: MEMBER_ROLES.map((value) => ({ value, label: t(`enums.memberRole.${value}`) })),
  activityStatus: ACTIVITY_STATUSES.map((value) => ({
    value,
    label: t(`enums.activityStatus.${value}`),
  })),
  measurementKind: MEASUREMENT_KINDS.map((value) => ({
    value,
    label: t(`enums.measurementKind.${value}`),
  })),
  effectLink: EFFECT_LINKS.map((value) => ({ value, label: t(`enums.effectLink.${value}`) })),
});

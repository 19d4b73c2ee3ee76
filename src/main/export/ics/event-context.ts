import type { Language } from '../../../shared/model/enums';
import type { ExportFormat } from '../format';
import type { ExportTexts } from '../i18n';
import type { PlanLookup } from '../lookup';
import type { CalendarTexts } from './texts';

/** What every event of one calendar file is written with. */
export interface EventContext {
  planId: string;
  /** The plan row's last change: the årshjul's dates follow its period. */
  planUpdatedAt: string;
  lang: Language;
  /** DTSTAMP: when the file was written. */
  stamp: string;
  t: ExportTexts;
  own: CalendarTexts;
  f: ExportFormat;
  lookup: PlanLookup;
}

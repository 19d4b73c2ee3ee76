import type { Language } from '../../shared/model/enums';
import { i18n } from '../i18n';
import { baseNameOf, planFileName } from '../store/paths';

export type CopyKind = 'copyFileName' | 'mergedFileName' | 'cleanFileName';

/** `Plan.omstil` → `Plan (kopi).omstil`, `Plan (flettet).omstil` … in the user's language. */
export function copyName(kind: CopyKind, fileName: string, language: Language): string {
  return planFileName(
    i18n.t(`sharing.paths.${kind}`, { lng: language, name: baseNameOf(fileName) }),
  );
}

export const cleanCopyName = (fileName: string, language: Language): string =>
  copyName('cleanFileName', fileName, language);

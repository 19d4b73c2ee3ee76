import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import { useAppStore } from '../../store';
import { missingDefaultItems } from './restore-defaults';

/**
 * "Gendan standardårshjul" (or "Tilføj" where the wheel has none of them): adds the default items
 * the wheel lacks, one create each (so each can be undone), and says how many were added. Stops
 * at the first refusal, which the page shows. Resolves to whether every missing item was added.
 */
export function useRestoreDefaults(doc: WindowDocument | null) {
  const { t } = useTranslation();
  const createEntity = useAppStore((s) => s.createEntity);
  const [message, setMessage] = useState('');
  const [working, setWorking] = useState(false);

  const restore = async (): Promise<boolean> => {
    if (!doc || working) return false;
    setWorking(true);
    setMessage('');
    let added = 0;
    const missing = missingDefaultItems(doc.plan, doc.yearItems);
    try {
      for (const values of missing) {
        if ((await createEntity({ entity: 'yearItem', values })) === null) break;
        added += 1;
      }
    } finally {
      setWorking(false);
    }
    setMessage(
      added === 0 ? t('year.wheel.restoredNone') : t('year.wheel.restored', { count: added }),
    );
    return added === missing.length;
  };

  return { restore, message, working };
}

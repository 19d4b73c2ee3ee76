import { useTranslation } from 'react-i18next';
import appIcon from '../../../resources/build/icon.svg';
import { useAppStore } from '../store';
import { LanguageSwitch } from './LanguageSwitch';
import { TOAST_SLOT_ID } from './toast-slot';
import { useDelayedFlag } from './use-delayed-flag';

export function AppHeader() {
  const { t } = useTranslation();
  const slow = useDelayedFlag(
    useAppStore((s) => s.busy),
    500,
  );
  return (
    <header className="app-header">
      <div className="container app-header-inner">
        <span className="app-name">
          {/* Decorative: the name beside it says the same. */}
          <img src={appIcon} alt="" className="app-icon" width={28} height={28} />
          {t('app.name')}
        </span>
        <span className="app-busy" role="status">
          {slow ? t('app.busy') : ''}
        </span>
        <div id={TOAST_SLOT_ID} className="app-toast-slot" />
        <LanguageSwitch />
      </div>
    </header>
  );
}

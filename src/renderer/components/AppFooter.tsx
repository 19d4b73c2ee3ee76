import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';

/** The version is the first thing support asks for. */
export function AppFooter() {
  const { t } = useTranslation();
  const version = useAppStore((s) => s.appInfo?.version);
  return (
    <footer className="app-footer">
      <div className="container">{version ? t('app.version', { version }) : t('app.name')}</div>
    </footer>
  );
}

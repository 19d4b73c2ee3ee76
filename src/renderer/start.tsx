import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { App } from './App';
import { connect } from './api';
import { loadLanguage } from './i18n/language-storage';
import { resetAppStore } from './store';

/** Connects to the host, sets the store up in the language chosen last, and draws the program. */
export function start(root: Root): void {
  const { api, shellEvents } = connect();
  resetAppStore(api, loadLanguage());
  root.render(
    <StrictMode>
      <App shellEvents={shellEvents} />
    </StrictMode>,
  );
}

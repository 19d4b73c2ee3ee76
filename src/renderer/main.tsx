import 'dkfds-dist/css/dkfds.min.css';
import './styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connect } from './api';
import { loadLanguage } from './i18n/language-storage';
import { resetAppStore } from './store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const { api, shellEvents } = connect();
resetAppStore(api, loadLanguage());

createRoot(root).render(
  <StrictMode>
    <App shellEvents={shellEvents} />
  </StrictMode>,
);

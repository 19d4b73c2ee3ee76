import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { applyLanguage } from '../../src/renderer/i18n';
import { DEFAULT_LANGUAGE } from '../../src/renderer/i18n/languages';
import { takeExcelImportRequest } from '../../src/renderer/flows/excel-import-request';
import { laterScreensLoaded } from '../../src/renderer/later-screens';
import { useAppStore } from '../../src/renderer/store';
import { closeOpenedCores } from './real-core';

/**
 * What every component test starts and ends with. These hooks live here, in a setup file, which
 * runs again for every file: the project runs without isolation (sharing React, the app and the
 * core between a worker's files, see vitest.config.mts), so a hook in a shared helper would be
 * registered for the first file that imports it only.
 */

// A file starts on the store and the language as the app starts, as a fresh import would.
useAppStore.setState(useAppStore.getInitialState(), true);
applyLanguage(DEFAULT_LANGUAGE);

// The plan's screens and the trends load apart from the start screen (later-screens.ts); loaded
// before the test, they are drawn in the render that asks for them, as in the running program.
await laterScreensLoaded;

// Each test starts with the guide off screen (the store's own setter: no refused value of the
// test before can hold it open).
beforeEach(() => {
  localStorage.clear();
  useAppStore.getState().closeGuide();
  // A request from the File menu that no Indsatser screen took is the test's, not the next one's.
  takeExcelImportRequest();
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  closeOpenedCores();
});

import { cleanup, render, type RenderResult } from '@testing-library/react';
import { afterEach } from 'vitest';
import { noShellEvents, type ShellEventSource } from '../../src/renderer/api';
import { App } from '../../src/renderer/App';
import { resetAppStore } from '../../src/renderer/store';
import type { Language } from '../../src/shared/model/enums';
import type { FakeApi } from './fake-api';

/** A fresh store around the stand-in for every test, and nothing left behind afterwards. */
export function renderApp(
  fake: FakeApi,
  options: { language?: Language; shellEvents?: ShellEventSource } = {},
): RenderResult {
  resetAppStore(fake.api, options.language ?? 'da');
  return render(<App shellEvents={options.shellEvents ?? noShellEvents} />);
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});

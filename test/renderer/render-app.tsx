import { render, type RenderResult } from '@testing-library/react';
import { noShellEvents, type ShellEventSource } from '../../src/renderer/api';
import { App } from '../../src/renderer/App';
import { resetAppStore } from '../../src/renderer/store';
import type { ApiClient } from '../../src/shared/api';
import type { Language } from '../../src/shared/model/enums';

/** A fresh store around the core for every test, and nothing left behind afterwards. */
export function renderApp(
  core: { api: ApiClient },
  options: { language?: Language; shellEvents?: ShellEventSource } = {},
): RenderResult {
  resetAppStore(core.api, options.language ?? 'da');
  return render(<App shellEvents={options.shellEvents ?? noShellEvents} />);
}

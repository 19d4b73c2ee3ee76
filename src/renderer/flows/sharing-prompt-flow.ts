import { useAppStore } from '../store';
import { openCopy, salvage } from './copy-flow';
import { compareWith } from './merge-flow';

/**
 * The in-page path question answered: carries on with what it asked for. False when refused;
 * the question then stays open with the refusal, so the path can be corrected.
 */
export async function submitSharingPrompt({
  path,
  source,
}: {
  path: string;
  source?: string;
}): Promise<boolean> {
  const { sharingPrompt: prompt, busy } = useAppStore.getState();
  if (!prompt || busy) return false;
  switch (prompt.purpose) {
    case 'openCopy':
      return openCopy(path.trim(), true);
    case 'mergeTheirs':
      return compareWith(path.trim(), true);
    case 'salvage':
      return salvage((source ?? '').trim(), path.trim(), true);
    case 'cleanCopy':
      return salvage(prompt.suggestedSource, path.trim(), true);
  }
}

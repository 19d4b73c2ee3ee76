import { useAppStore } from '../../store';
import { AcceptOutsideChangesDialog } from './AcceptOutsideChangesDialog';
import { MergeDialog } from './MergeDialog';
import { SharingPathDialog } from './SharingPathDialog';
import { TakeOverDialog } from './TakeOverDialog';

/** Whichever sharing dialog is asking something right now; at most one is. */
export function SharingDialogs() {
  const prompt = useAppStore((s) => s.sharingPrompt);
  const merge = useAppStore((s) => s.merge);
  const lock = useAppStore((s) => (s.confirmingTakeOver ? s.snapshot?.file.lock : null));
  const accepting = useAppStore((s) => s.confirmingAccept);
  if (prompt) return <SharingPathDialog key={prompt.purpose} prompt={prompt} />;
  if (merge) return <MergeDialog merge={merge} />;
  if (lock) return <TakeOverDialog lock={lock} />;
  if (accepting) return <AcceptOutsideChangesDialog />;
  return null;
}

import { useEffect } from 'react';
import type { FileInfo } from '../../../shared/api';
import { syncLockLost } from '../../flows/take-over-flow';
import { useAppStore } from '../../store';
import { FileNotice } from './FileNotice';
import { OutsideChangesNotice } from './OutsideChangesNotice';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { SharingDialogs } from './SharingDialogs';
import { SharingNotice } from './SharingNotice';

/**
 * The sharing part of the plan's header: why the plan is read-only and what to do about it, what
 * happened to the file on the way in, what the last sharing step did, and its dialogs.
 */
export function PlanSharing({ file }: { file: FileInfo }) {
  const lockLost = useAppStore((s) => s.error?.code === 'lock-lost');

  // An edit found that someone took the plan over: the core made it read-only; show that here.
  useEffect(() => {
    if (lockLost && !file.readOnly) void syncLockLost();
  }, [lockLost, file.readOnly]);

  return (
    <>
      <ReadOnlyNotice file={file} />
      <OutsideChangesNotice file={file} />
      <FileNotice file={file} />
      <SharingNotice path={file.path} />
      <SharingDialogs />
    </>
  );
}

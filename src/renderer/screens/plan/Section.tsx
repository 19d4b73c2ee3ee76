import type { ReactNode } from 'react';
import { Screen } from '../../components/Screen';
import type { SectionKey } from './sections';

/** One step of the plan as its own screen (kept under this name for the screens built on it). */
export function Section({
  sectionKey,
  intro,
  children,
}: {
  sectionKey: SectionKey;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <Screen view={sectionKey} {...(intro ? { intro } : {})}>
      {children}
    </Screen>
  );
}

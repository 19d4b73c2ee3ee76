import type { ReactNode } from 'react';

/** The sentence a list shows while it has nothing in it. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty-text">{children}</p>;
}

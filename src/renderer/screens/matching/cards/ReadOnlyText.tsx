import type { ReactNode } from 'react';

/** A field of a plan opened read-only: the same label, the value as plain text. */
export function ReadOnlyText({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="readonly-field">
      <p className="form-label">{label}</p>
      <div className="readonly-value multiline">{children}</div>
    </div>
  );
}

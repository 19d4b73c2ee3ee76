/** A check mark drawn rather than typed: IBM Plex Sans has no ✓, and the fallback looks like √. */
export function CheckMark({ className }: { className?: string }) {
  return (
    <svg
      className={className ? `check-mark ${className}` : 'check-mark'}
      viewBox="0 -960 960 960"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M382-240 154-468l57-57 171 171 367-367 57 57-424 424Z" />
    </svg>
  );
}

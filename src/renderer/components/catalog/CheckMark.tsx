/**
 * The tick for "in use". Drawn rather than typed, because the ✓ character falls back to whatever
 * font the machine has and can look like a square root.
 */
export function CheckMark() {
  return (
    <svg className="check-mark" viewBox="0 -960 960 960" aria-hidden="true" focusable="false">
      <path d="M382-240 154-468l57-57 171 171 367-367 57 57-424 424Z" />
    </svg>
  );
}

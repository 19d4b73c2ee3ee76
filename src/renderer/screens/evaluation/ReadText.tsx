/** A locked text as the reader sees it: paragraphs split on blank lines, or a quiet note. */
export function ReadText({ label, text, empty }: { label: string; text: string; empty: string }) {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return (
    <div className="evaluation-read">
      <p className="form-label">{label}</p>
      {parts.length === 0 ? (
        <p className="empty-text">{empty}</p>
      ) : (
        parts.map((p, i) => (
          <p key={i} className="evaluation-read-text">
            {p}
          </p>
        ))
      )}
    </div>
  );
}

import type { ShownValue } from './merge-values';

/** A value of one side of a conflict: a line, a paragraph, a list, or a word for nothing. */
export function ConflictValue({ value }: { value: ShownValue }) {
  switch (value.kind) {
    case 'none':
      return <span className="merge-none">{value.text}</span>;
    case 'list':
      return (
        <ul className="merge-list no-max-width">
          {value.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case 'text':
      return value.long ? (
        <span className="merge-text merge-text-long">{value.text}</span>
      ) : (
        <span className="merge-text">{value.text}</span>
      );
  }
}

/** Key figures as label and value pairs. */
export function FactList({ items }: { items: readonly (readonly [string, string])[] }) {
  return (
    <dl className="evaluation-facts">
      {items.map(([label, value]) => (
        <div key={label} className="evaluation-fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

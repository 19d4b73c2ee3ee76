/** A change with its sign, a typographic minus, and nothing for zero: `+5.000 kr.`, `−3`, `0`. */
export function signed(value: number, show: (n: number) => string): string {
  if (value === 0) return show(0);
  return `${value > 0 ? '+' : '−'}${show(Math.abs(value))}`;
}

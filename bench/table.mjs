// One line per figure: whether it meets its target, the figure, its ratio to the bare work
// beside it, the target, and what was measured.

const amount = (value, unit) =>
  `${unit === 'MB' || value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${unit}`;

/** Whether `f` meets its target: true, false, or null when it has none. */
export function meets(f) {
  if (!f.target) return null;
  if (f.target.max !== undefined) return f.value < f.target.max;
  return f.baseline > 0 ? f.value / f.baseline <= f.target.ratio : null;
}

export const ratioOf = (f) => (f.baseline > 0 ? f.value / f.baseline : null);

const targetText = (f) => {
  if (!f.target) return '';
  return f.target.max !== undefined
    ? `mål < ${amount(f.target.max, f.unit)}`
    : `mål ≤ ${f.target.ratio} × bar`;
};

export function printFigures(figures) {
  for (const f of figures) {
    const met = meets(f);
    const ratio = ratioOf(f);
    process.stdout.write(
      `${met === null ? '    ' : met ? 'OK  ' : 'OVER'}  ${amount(f.value, f.unit).padStart(10)}  ` +
        `${(ratio === null ? '' : `${ratio.toFixed(1)} × bar`).padEnd(11)}  ` +
        `${targetText(f).padEnd(16)}  ${f.label}` +
        `${f.cpuMs === null || f.cpuMs === undefined ? '' : ` (CPU-tid ${amount(f.cpuMs, 'ms')})`}\n`,
    );
  }
}

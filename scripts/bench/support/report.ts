import { max, median, min } from './stats';

export interface Target {
  readonly op: '<=' | '>=' | '<' | '==';
  readonly value: number;
  /**
   * `median` judges the median of the runs; `worst` requires every run to meet
   * the target (for properties such as "exactly one token fetch").
   * @default 'median'
   */
  readonly judge?: 'median' | 'worst';
}

/** One line of the results table: a figure over several runs, maybe with a target. */
export interface MetricRow {
  readonly scenario: string;
  readonly metric: string;
  readonly unit: string;
  readonly runs: readonly number[];
  readonly target?: Target;
  /** Decimals shown. @default 0 */
  readonly digits?: number;
  /** Set when the runs are not valid (errors, non-2xx): the row then misses. */
  readonly invalid?: string;
}

function meets(value: number, target: Target): boolean {
  switch (target.op) {
    case '<=':
      return value <= target.value;
    case '>=':
      return value >= target.value;
    case '<':
      return value < target.value;
    case '==':
      return value === target.value;
  }
}

export function verdict(row: MetricRow): 'PASS' | 'MISS' | '' {
  if (!row.target) return '';
  if (row.invalid) return 'MISS';
  const judged =
    row.target.judge === 'worst'
      ? row.runs.every((run) => meets(run, row.target as Target))
      : meets(median(row.runs), row.target);
  return judged ? 'PASS' : 'MISS';
}

function formatNumber(value: number, digits: number): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function formatTarget(target: Target | undefined, unit: string): string {
  if (!target) return '';
  const op =
    target.op === '==' ? '=' : target.op.replace('<=', '≤').replace('>=', '≥');
  const suffix = target.judge === 'worst' ? ' (every run)' : '';
  return `${op} ${target.value}${unit === '×' ? '' : ` ${unit}`}${suffix}`;
}

/** The results as a Markdown table (pasted as is into docs/BENCHMARKS.md). */
export function renderTable(rows: readonly MetricRow[]): string {
  const header = [
    'scenario',
    'metric',
    'median',
    'min – max',
    'runs',
    'target',
    'result',
  ];
  const lines = rows.map((row) => {
    const digits = row.digits ?? 0;
    const unit = row.unit === '×' ? '×' : ` ${row.unit}`;
    return [
      row.scenario,
      row.metric,
      `${formatNumber(median(row.runs), digits)}${unit}`,
      `${formatNumber(min(row.runs), digits)} – ${formatNumber(max(row.runs), digits)}`,
      String(row.runs.length),
      formatTarget(row.target, row.unit),
      verdict(row) + (row.invalid ? ` (${row.invalid})` : ''),
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column].length)),
  );
  const render = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [
    render(header),
    render(widths.map((width) => '-'.repeat(width))),
    ...lines.map(render),
  ].join('\n');
}

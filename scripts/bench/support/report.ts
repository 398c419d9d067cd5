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

function renderMarkdown(header: string[], lines: string[][]): string {
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

function figure(row: MetricRow): { value: string; range: string } {
  const digits = row.digits ?? 0;
  const unit = row.unit === '×' ? '×' : ` ${row.unit}`;
  return {
    value: `${formatNumber(median(row.runs), digits)}${unit}`,
    range: `${formatNumber(min(row.runs), digits)} – ${formatNumber(max(row.runs), digits)}`,
  };
}

/**
 * The results as two Markdown tables (pasted as is into docs/BENCHMARKS.md):
 * the guard, every row with a target, target beside figure; then the other
 * figures, which explain the guard's but promise nothing.
 */
export function renderReport(rows: readonly MetricRow[]): string {
  const guard = rows.filter((row) => row.target);
  const others = rows.filter((row) => !row.target);
  const guardTable = renderMarkdown(
    ['guard', 'target', 'figure (median)', 'min – max', 'runs', 'result'],
    guard.map((row) => {
      const { value, range } = figure(row);
      return [
        `${row.scenario}: ${row.metric}`,
        formatTarget(row.target, row.unit),
        value,
        range,
        String(row.runs.length),
        verdict(row) + (row.invalid ? ` (${row.invalid})` : ''),
      ];
    }),
  );
  const othersTable = renderMarkdown(
    ['scenario', 'metric', 'median', 'min – max', 'runs'],
    others.map((row) => {
      const { value, range } = figure(row);
      return [
        row.scenario,
        row.metric,
        value,
        range + (row.invalid ? ` (${row.invalid})` : ''),
        String(row.runs.length),
      ];
    }),
  );
  return [
    guard.length > 0 ? `Guard\n\n${guardTable}` : '',
    others.length > 0 ? `Other figures\n\n${othersTable}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

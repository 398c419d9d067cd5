import { type BenchConfig } from './bench-config';
import { type MetricRow } from './report';
import { type Upstream } from './upstream';

export interface BenchContext {
  readonly config: BenchConfig;
  /** The emulator (child process), already prepared with `prepareUpstream`. */
  readonly upstream: Upstream;
  /** Progress line on stderr, so stdout stays the table. */
  readonly log: (message: string) => void;
}

export interface Scenario {
  /** Name used on the command line: `npm run bench -- overhead memory`. */
  readonly name: string;
  run(context: BenchContext): Promise<MetricRow[]>;
}

import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The stretch of a `--cpu-prof` run worth reading (the load, not the boot), on
 * the monotonic clock V8 stamps samples with. Saved as `window-<pid>.json` in
 * the profile directory; analyse-cpuprofile.ts pairs it with
 * `CPU.<date>.<time>.<pid>.….cpuprofile` by the pid.
 */
export class ProfileWindow {
  private startUs = 0n;

  start(): void {
    this.startUs = process.hrtime.bigint() / 1000n;
  }

  /** Writes the window next to the profile `node --cpu-prof-dir` will write. */
  save(): string | undefined {
    const dirFlag = process.execArgv.find((arg) =>
      arg.startsWith('--cpu-prof-dir='),
    );
    if (!dirFlag) return undefined;
    const dir = dirFlag.slice('--cpu-prof-dir='.length);
    mkdirSync(dir, { recursive: true }); // node creates it only at exit
    const file = path.join(dir, `window-${process.pid}.json`);
    const endUs = process.hrtime.bigint() / 1000n;
    writeFileSync(
      file,
      JSON.stringify({ startUs: Number(this.startUs), endUs: Number(endUs) }),
    );
    return file;
  }
}

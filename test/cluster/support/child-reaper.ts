import { type ChildProcess } from 'node:child_process';

const children = new Set<ChildProcess>();

/**
 * Children this test process started. Each also exits on its own when our end
 * of its stdin closes (see the wrappers), so even a crashed Jest leaves none
 * behind; this kills them on a normal exit too.
 */
export function track(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

function killAll(): void {
  for (const child of children) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

process.once('exit', killAll);

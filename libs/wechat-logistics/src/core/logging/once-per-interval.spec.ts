import { OncePerInterval } from './once-per-interval';

describe('OncePerInterval', () => {
  it('lets the first line of a cause through, then one per interval carrying how many were left out', () => {
    const lines = new OncePerInterval(60_000);
    expect(lines.take('wrong-token|wxA', 0)).toBe(0);
    expect(lines.take('wrong-token|wxA', 1000)).toBeUndefined();
    expect(lines.take('wrong-token|wxA', 59_999)).toBeUndefined();
    // Another cause, or another app, has its own line.
    expect(lines.take('no-raw-body|wxA', 2000)).toBe(0);
    expect(lines.take('wrong-token|wxB', 2000)).toBe(0);
    expect(lines.take('wrong-token|wxA', 60_000)).toBe(2);
    expect(lines.take('wrong-token|wxA', 60_001)).toBeUndefined();
    expect(lines.take('wrong-token|wxA', 120_000)).toBe(1);
  });

  it('remembers a bounded number of causes, forgetting the oldest', () => {
    const lines = new OncePerInterval(60_000);
    for (let i = 0; i <= 1000; i += 1) lines.take(`cause-${i}`, 0);
    // cause-0 was forgotten to make room: it speaks again at once.
    expect(lines.take('cause-0', 1)).toBe(0);
    expect(lines.take('cause-1000', 1)).toBeUndefined();
  });
});

import { ShipmentWatch } from './shipment-watch';
import { type ShipmentState } from 'nestjs-wechat-logistics';

type ShipmentStatus = ShipmentState['status'];

const FAST = { everyMs: 1, forMs: 60_000 };

function recorded(status: ShipmentStatus, version: number): ShipmentState {
  const step = { status: 'pending' as const, attempts: 0 };
  return {
    orderId: 'SHIP-1',
    appId: 'wx1',
    createdAt: '2025-11-26T07:00:00.000Z',
    updatedAt: `2025-11-26T07:00:0${version}.000Z`,
    status,
    steps: { waybill: step, shippingInfo: step, tracking: step },
  };
}

/** A `ship` call the test ends when it wants. */
function pendingCall() {
  let end!: () => void;
  const call = new Promise<void>((resolve) => (end = resolve));
  return { call, end };
}

describe('following a shipment while it moves', () => {
  it('publishes each recorded state once, and ends once the call returned and the shipment finished', async () => {
    const published: string[] = [];
    const watch = new ShipmentWatch((s) => published.push(s.updatedAt), FAST);
    const { call, end } = pendingCall();
    const states = [
      undefined,
      recorded('running', 1),
      recorded('running', 1),
      recorded('running', 2),
      recorded('completed', 3),
    ];
    let reads = 0;
    const done = watch.follow(
      'k',
      () => {
        const state = states[Math.min(reads, states.length - 1)];
        reads += 1;
        // The call returns once its last state is recorded.
        if (state?.status === 'completed') end();
        return Promise.resolve(state);
      },
      call,
    );
    await done;
    expect(published).toEqual([
      '2025-11-26T07:00:01.000Z',
      '2025-11-26T07:00:02.000Z',
      '2025-11-26T07:00:03.000Z',
    ]);
    expect(watch.size).toBe(0);
  });

  it('keeps following a queued shipment after its call returned, until it finishes', async () => {
    const published: ShipmentStatus[] = [];
    const watch = new ShipmentWatch((s) => published.push(s.status), FAST);
    const states = [
      recorded('queued', 1),
      recorded('running', 2),
      recorded('failed', 3),
    ];
    let reads = 0;
    await watch.follow(
      'k',
      () => Promise.resolve(states[Math.min(reads++, states.length - 1)]),
      Promise.resolve({ orderId: 'SHIP-1', status: 'queued' }),
    );
    expect(published).toEqual(['queued', 'running', 'failed']);
  });

  it('ends without publishing when the call was refused before anything was recorded, and after a failed read tries again', async () => {
    const published: unknown[] = [];
    const watch = new ShipmentWatch((s) => published.push(s), FAST);
    await watch.follow(
      'k',
      () => Promise.resolve(undefined),
      Promise.reject(new Error('validation')),
    );
    expect(published).toEqual([]);

    let reads = 0;
    await watch.follow(
      'k',
      () =>
        reads++ === 0
          ? Promise.reject(new Error('store down'))
          : Promise.resolve(recorded('completed', 1)),
      Promise.resolve(),
    );
    expect(published).toHaveLength(1);
  });

  it('joins a second call for the same shipment to the first watch, and stops on shutdown', async () => {
    const watch = new ShipmentWatch(() => undefined, FAST);
    const first = pendingCall();
    const second = pendingCall();
    let reads = 0;
    const read = () => {
      reads += 1;
      return Promise.resolve(recorded('running', 1));
    };
    const done = watch.follow('k', read, first.call);
    expect(watch.follow('k', read, second.call)).toBe(done);
    expect(watch.size).toBe(1);
    first.end();
    second.end();
    // Still running: a shipment that never finishes is followed until stop().
    while (reads < 5 && watch.size > 0)
      await new Promise((resolve) => setImmediate(resolve));
    expect(watch.size).toBe(1);
    watch.stop();
    await done;
    expect(watch.size).toBe(0);
  });
});

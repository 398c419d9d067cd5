import { CarrierRegistry } from '../state/carrier-registry';
import { OrderBook } from '../state/order-book';
import { type EmulatedPathUpdate } from './path-update-notifier';

const node = {
  actionTime: 1700000000,
  actionType: 100001,
  actionMsg: '揽件成功',
};

describe('PathUpdateNotifier (through OrderBook.addTrack)', () => {
  let orders: OrderBook;

  beforeEach(() => {
    orders = new OrderBook(new CarrierRegistry());
    orders.seed({ orderId: 'o-1', deliveryId: 'TEST', waybillId: 'W1' });
  });

  it('calls every listener after the node is stored, in subscription order', () => {
    const seen: string[] = [];
    orders.pathUpdates.subscribe(({ order }) => {
      seen.push(`a:${order.version}:${orders.get('o-1')?.path.length}`);
    });
    orders.pathUpdates.subscribe(() => {
      seen.push('b');
    });

    orders.addTrack('o-1', node);

    expect(seen).toEqual(['a:1:1', 'b']);
  });

  it('hands listeners snapshots, so a listener cannot change the stored order', () => {
    orders.pathUpdates.subscribe(({ order }) => {
      (order.path as unknown[]).length = 0;
    });

    orders.addTrack('o-1', node);

    expect(orders.get('o-1')?.path).toEqual([node]);
  });

  it('keeps going after a failing listener and records what it threw', () => {
    const events: EmulatedPathUpdate[] = [];
    orders.pathUpdates.subscribe(() => {
      throw new Error('boom');
    });
    orders.pathUpdates.subscribe((event) => {
      events.push(event);
    });

    expect(() => orders.addTrack('o-1', node)).not.toThrow();
    expect(events).toHaveLength(1);
    expect(orders.pathUpdates.errors()).toEqual([new Error('boom')]);

    orders.pathUpdates.clearErrors();
    expect(orders.pathUpdates.errors()).toEqual([]);
  });

  it('settled() waits for asynchronous listeners, including ones that reject', async () => {
    let finished = false;
    orders.pathUpdates.subscribe(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      finished = true;
    });
    orders.pathUpdates.subscribe(() => Promise.reject(new Error('late boom')));

    orders.addTrack('o-1', node);
    expect(finished).toBe(false);
    await orders.pathUpdates.settled();

    expect(finished).toBe(true);
    expect(orders.pathUpdates.errors()).toEqual([new Error('late boom')]);
  });

  it('keeps listeners across clear(): they are wiring, not state', () => {
    const listener = jest.fn();
    orders.pathUpdates.subscribe(listener);

    orders.clear();
    orders.seed({ orderId: 'o-2', deliveryId: 'TEST' });
    orders.addTrack('o-2', node);

    expect(listener).toHaveBeenCalledTimes(1);
  });
});

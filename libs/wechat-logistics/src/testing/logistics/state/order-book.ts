import { randomInt } from 'node:crypto';
import { type CarrierRegistry } from './carrier-registry';
import {
  type CarrierRefusal,
  type SeededOrder,
  type SeedOrderInput,
  type TrackNode,
} from './emulated-order';
import { PathUpdateNotifier } from '../push/path-update-notifier';
import { generateWaybillData } from './waybill-data';

type StoredOrder = { -readonly [K in keyof SeededOrder]: SeededOrder[K] } & {
  path: TrackNode[];
};

/**
 * The emulator's orders keyed by `order_id` (unique per mini program, as on
 * WeChat). Tests seed and inspect it; the order handlers drive its state.
 */
export class OrderBook {
  /** Told about every appended track node; survives `clear()` (listeners are wiring). */
  readonly pathUpdates = new PathUpdateNotifier();
  private readonly orders = new Map<string, StoredOrder>();
  private addRefusals: CarrierRefusal[] = [];

  constructor(private readonly carriers: CarrierRegistry) {}

  /** Stores an order as if it had been created earlier; returns a snapshot of it. */
  seed(input: SeedOrderInput): SeededOrder {
    const carrier = this.carriers.get(input.deliveryId);
    if (!carrier) {
      const known = this.carriers.list().map((c) => c.deliveryId);
      throw new Error(
        `Unknown deliveryId "${input.deliveryId}"; known: ${known.join(', ')}`,
      );
    }
    if (this.orders.has(input.orderId)) {
      throw new Error(
        `An order with orderId "${input.orderId}" already exists`,
      );
    }
    const path = (input.path ?? []).map((node) => ({ ...node }));
    const order: StoredOrder = {
      orderId: input.orderId,
      deliveryId: input.deliveryId,
      waybillId: input.waybillId ?? this.newWaybillId(input.deliveryId),
      bizId: input.bizId ?? (carrier.cashBizId || `${input.deliveryId}_BIZ`),
      openid: input.openid,
      status: input.status ?? 'active',
      path,
      version: path.length,
      cancelRefusal: input.cancelRefusal,
      waybillData: (
        input.waybillData ??
        generateWaybillData(input.deliveryId, input.requestBody?.['receiver'])
      ).map((item) => ({ ...item })),
      requestBody: input.requestBody && structuredClone(input.requestBody),
    };
    this.orders.set(order.orderId, order);
    return snapshot(order);
  }

  get(orderId: string): SeededOrder | undefined {
    const order = this.orders.get(orderId);
    return order && snapshot(order);
  }

  list(): SeededOrder[] {
    return [...this.orders.values()].map(snapshot);
  }

  /**
   * Appends a track node (like a carrier update), bumps the order's version
   * and then tells `pathUpdates` listeners, as testUpdateOrder does.
   */
  addTrack(orderId: string, node: TrackNode): SeededOrder {
    const order = this.require(orderId);
    order.path.push({ ...node });
    order.version += 1;
    this.pathUpdates.notify({ order: snapshot(order), node: { ...node } });
    return snapshot(order);
  }

  /** Marks an order cancelled (cancelOrder's success path). */
  markCancelled(orderId: string): SeededOrder {
    const order = this.require(orderId);
    order.status = 'cancelled';
    return snapshot(order);
  }

  /**
   * The carrier refuses the next addOrder (one refusal per call, in order):
   * WeChat answers 9300501 with this `delivery_resultcode`/`delivery_resultmsg`.
   */
  rejectNextAdd(refusal: CarrierRefusal): void {
    this.addRefusals.push({ ...refusal });
  }

  /** Consumes the oldest queued addOrder refusal (used by the addOrder handler). */
  takeAddRefusal(): CarrierRefusal | undefined {
    return this.addRefusals.shift();
  }

  /** Forgets orders and queued refusals; path-update listeners stay. */
  clear(): void {
    this.orders.clear();
    this.addRefusals = [];
  }

  private require(orderId: string): StoredOrder {
    const order = this.orders.get(orderId);
    if (!order) throw new Error(`No order with orderId "${orderId}"`);
    return order;
  }

  private newWaybillId(deliveryId: string): string {
    // Carrier prefix + 12 digits keeps generated ids readable and practically unique.
    let waybillId: string;
    do {
      waybillId = `${deliveryId}${String(randomInt(10 ** 12)).padStart(12, '0')}`;
    } while ([...this.orders.values()].some((o) => o.waybillId === waybillId));
    return waybillId;
  }
}

function snapshot(order: StoredOrder): SeededOrder {
  return {
    ...order,
    path: order.path.map((node) => ({ ...node })),
    cancelRefusal: order.cancelRefusal && { ...order.cancelRefusal },
    waybillData: order.waybillData.map((item) => ({ ...item })),
    requestBody: order.requestBody && structuredClone(order.requestBody),
  };
}

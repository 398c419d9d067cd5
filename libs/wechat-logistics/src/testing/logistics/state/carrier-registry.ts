import { SEED_CARRIERS } from './carrier-seed';

/** One service a carrier offers (getAllDelivery's `service_type[]`). */
export interface CarrierServiceType {
  readonly serviceType: number;
  readonly serviceName: string;
}

/** A carrier as getAllDelivery describes it, camelCase for tests. */
export interface EmulatedCarrier {
  readonly deliveryId: string;
  readonly deliveryName: string;
  /** Supports cash/scatter orders with `cashBizId` (no account binding needed). */
  readonly canUseCash: boolean;
  /** Franchise carriers report an e-waybill balance through getQuota. */
  readonly canGetQuota: boolean;
  /** Empty when `canUseCash` is false. */
  readonly cashBizId: string;
  readonly serviceTypes: readonly CarrierServiceType[];
}

/** The carriers WeChat knows; unknown `delivery_id`s answer 9300503. */
export class CarrierRegistry {
  private readonly carriers = new Map<string, EmulatedCarrier>();

  constructor() {
    this.reset();
  }

  get(deliveryId: string): EmulatedCarrier | undefined {
    return this.carriers.get(deliveryId);
  }

  has(deliveryId: string): boolean {
    return this.carriers.has(deliveryId);
  }

  list(): EmulatedCarrier[] {
    return [...this.carriers.values()];
  }

  /** Adds or replaces a carrier, e.g. to test a carrier WeChat added later. */
  add(carrier: EmulatedCarrier): void {
    this.carriers.set(carrier.deliveryId, carrier);
  }

  /** Back to the seed list. */
  reset(): void {
    this.carriers.clear();
    SEED_CARRIERS.forEach((carrier) =>
      this.carriers.set(carrier.deliveryId, carrier),
    );
  }
}

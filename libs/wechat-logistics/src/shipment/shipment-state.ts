/** What `ship` resolves: the order's waybill, the carrier code it was uploaded with, and the buyer's tracking token. */
export interface ShipmentResult {
  /** The merchant's order id: addOrder's, and the key that makes `ship` idempotent (per app). */
  readonly orderId: string;
  /** The logistics assistant's carrier id (addOrder's `deliveryId`). */
  readonly deliveryId: string;
  readonly waybillId: string;
  /** The carrier code the shipping info was uploaded with (物流服务's, mapped from `deliveryId`). */
  readonly expressCompany: string;
  /** Whether WeChat holds the shipping info of the payment (uploaded now, or found there). */
  readonly shippingUploaded: boolean;
  /** The tracking component's token, when tracking was asked for: the mini program opens the buyer's tracking page with it. */
  readonly waybillToken?: string;
}

/** The three steps, in the order they run. */
export const SHIPMENT_STEPS = ['waybill', 'shippingInfo', 'tracking'] as const;
export type ShipmentStepName = (typeof SHIPMENT_STEPS)[number];

/** What each step leaves in its record when done. */
export interface ShipmentStepResults {
  readonly waybill: { readonly deliveryId: string; readonly waybillId: string };
  readonly shippingInfo: { readonly expressCompany: string };
  readonly tracking: {
    readonly mode: 'follow' | 'trace';
    readonly waybillToken: string;
  };
}

/**
 * A step's failure as recorded: the error's message (WeChat's errcode and
 * errmsg, or the transport failure, and for an upload whose outcome is
 * unknown the advice), and the HTTP status the exception filter answers it with.
 */
export interface ShipmentStepError {
  readonly message: string;
  readonly errcode?: number;
  readonly httpStatus: number;
}

/**
 * `pending`: not started; `running`: started and not known to have ended (a
 * crash or an outcome not yet recorded — the next run checks WeChat before
 * acting); `done`; `failed`: ended with an error (the next run checks WeChat
 * first too); `skipped`: tracking was not asked for.
 */
export type ShipmentStepStatus =
  'pending' | 'running' | 'done' | 'failed' | 'skipped';

export interface StepState<Name extends ShipmentStepName = ShipmentStepName> {
  readonly status: ShipmentStepStatus;
  /** Runs started so far (a re-run after a crash counts). */
  readonly attempts: number;
  /** ISO time the last run started. */
  readonly startedAt?: string;
  /** ISO time the last run ended. */
  readonly finishedAt?: string;
  readonly result?: ShipmentStepResults[Name];
  readonly error?: ShipmentStepError;
}

/**
 * One order's shipment as recorded in the module's store, keyed by (app,
 * merchant order id): written before and after each step.
 * `queued`: recorded by `ship(input, { wait: false })`, waiting for the queue's worker.
 */
export interface ShipmentState {
  readonly orderId: string;
  /** The mini program's AppID; `''` for a default app configured without one. */
  readonly appId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly status: 'running' | 'completed' | 'failed' | 'queued';
  readonly steps: {
    readonly waybill: StepState<'waybill'>;
    readonly shippingInfo: StepState<'shippingInfo'>;
    readonly tracking: StepState<'tracking'>;
  };
}

import { Logger } from '@nestjs/common';
import { type GetOrderDto } from './dto';
import { OrderStatus } from './enums';
import { WechatApiError, WechatTransportError } from '../core/errors';
import { logFields } from '../core/logging/log-fields';
import { type AddOrderResult, type GetOrderResult } from './results';

/** What identifies an order to getOrder. */
export type OrderKey = Pick<GetOrderDto, 'orderId' | 'deliveryId' | 'openid'>;

/**
 * addOrder answers that say "this order id is already taken": the order
 * exists, possibly created by an earlier attempt of this very call. 9300521
 * ("waybill being generated") is one too; getOrder finds it once it is done.
 */
const DUPLICATE_ORDER_ERRCODES: ReadonlySet<number> = new Set([
  930562, 9300508, 9300521, 9300522,
]);

/** getOrder's `order_status` of an order that is not cancelled. */
const NORMAL: number = OrderStatus.Normal;

/** getOrder answers that mean "no such order": addOrder created nothing. */
export const ORDER_NOT_FOUND_ERRCODES: ReadonlySet<number> = new Set([
  930563, 40199,
]);

/**
 * Makes addOrder safe to use when WeChat's answer is lost. A timeout, a dropped
 * connection, a garbled reply, a gateway's 5xx page or "system busy" (-1)
 * leaves it unknown whether WeChat created the order; repeating the request
 * could book a second parcel.
 * So addOrder is sent once, and after such an outcome, or a duplicate-order
 * errcode, getOrder is asked about the same order id (the merchant's
 * idempotency key): an existing, not cancelled waybill is returned as the
 * result; otherwise nothing was created and the original error is raised.
 * The lookup is a call of its own, with its own time budget and read retries;
 * if it fails too, the original error is raised (the outcome stays unknown).
 */
export class AddOrderReconciler {
  private readonly logger = new Logger('WechatLogistics');

  constructor(
    private readonly getOrder: (key: OrderKey) => Promise<GetOrderResult>,
  ) {}

  async createOnce(
    key: OrderKey,
    create: () => Promise<AddOrderResult>,
  ): Promise<AddOrderResult> {
    try {
      return await create();
    } catch (error) {
      if (!isAmbiguous(error) && !isDuplicateOrder(error)) throw error;
      const existing = await this.findExisting(key, error as Error);
      if (existing === undefined) throw error;
      return existing;
    }
  }

  private async findExisting(
    key: OrderKey,
    failure: Error,
  ): Promise<AddOrderResult | undefined> {
    const fields = (extra: Record<string, string | number>) =>
      logFields({
        api: 'logistics.addOrder',
        orderId: key.orderId,
        ...extra,
        cause: failure.message,
      });
    let order: GetOrderResult;
    try {
      order = await this.getOrder(key);
    } catch (lookupError) {
      if (
        lookupError instanceof WechatApiError &&
        ORDER_NOT_FOUND_ERRCODES.has(lookupError.errcode)
      ) {
        this.logger.debug(
          `addOrder not created: getOrder finds no such order ${fields({})}`,
        );
      } else {
        this.logger.warn(
          `addOrder outcome unknown: getOrder could not tell whether the order exists ${fields({ lookupError: (lookupError as Error).message })}`,
        );
      }
      return undefined;
    }
    if (!isLiveWaybill(order)) {
      this.logger.warn(
        `addOrder not reconciled: getOrder finds the order cancelled or without a waybill ${fields({ orderStatus: order.orderStatus })}`,
      );
      return undefined;
    }
    this.logger.warn(
      `addOrder reconciled: the order exists, returned instead of creating another ${fields({ waybillId: order.waybillId })}`,
    );
    return {
      orderId: order.orderId || key.orderId,
      waybillId: order.waybillId,
      waybillData: order.waybillData,
    };
  }
}

/** A cancelled order with this id is an old order, not the one asked for; one without a waybill id is none. */
export function isLiveWaybill(order: GetOrderResult): boolean {
  return order.orderStatus === NORMAL && order.waybillId !== '';
}

/**
 * The request may have reached WeChat and been acted on: a timeout, a dropped
 * connection, a garbled reply, "system busy", or a gateway's 5xx page (a proxy
 * in front of WeChat that gave up waiting knows no more than we do).
 */
function isAmbiguous(error: unknown): boolean {
  if (error instanceof WechatTransportError) {
    return (
      error.ambiguous ||
      (error.failure === 'http-status' && (error.httpStatus ?? 0) >= 500)
    );
  }
  return error instanceof WechatApiError && error.entry?.kind === 'busy';
}

function isDuplicateOrder(error: unknown): boolean {
  return (
    error instanceof WechatApiError &&
    DUPLICATE_ORDER_ERRCODES.has(error.errcode)
  );
}

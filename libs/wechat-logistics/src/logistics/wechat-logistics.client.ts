import { FamilyClient, noResult } from '../core/caller/family-client';
import { AddOrderReconciler } from './add-order-reconciler';
import { ENDPOINTS } from './logistics.endpoints';
import {
  AddOrderDto,
  BatchGetOrderDto,
  BindAccountDto,
  CancelOrderDto,
  GetOrderDto,
  GetPathDto,
  GetQuotaDto,
  TestUpdateOrderDto,
  UpdatePrinterDto,
} from './dto';
import { WechatApiError } from '../core/errors';
import {
  toGetAllAccountResult,
  toGetAllDeliveryResult,
  toGetQuotaResult,
} from './mappers/carrier-account.mappers';
import {
  toAddOrderResult,
  toBatchGetOrderResult,
  toCancelOrderResult,
  toGetOrderResult,
} from './mappers/order.mappers';
import { toGetPathResult } from './mappers/path.mappers';
import { toGetPrinterResult } from './mappers/printer.mappers';
import {
  type AddOrderResult,
  type BatchGetOrderResult,
  type BindAccountResult,
  type CancelOrderResult,
  type GetAllAccountResult,
  type GetAllDeliveryResult,
  type GetOrderResult,
  type GetPathResult,
  type GetPrinterResult,
  type GetQuotaResult,
  type TestUpdateOrderResult,
  type UpdatePrinterResult,
} from './results';
import { validateInput } from '../core/validation/validate-input';
import { toSnakeKeys } from '../core/wire/key-case';

/** WeChat's "binding submitted, under review": the bind request was accepted. */
const BIND_UNDER_REVIEW = 9300532;

/**
 * The logistics assistant (物流助手) API for one mini program, one method per
 * cloud-call name. Inputs and results are camelCase; the wire is WeChat's
 * snake_case. Every input is validated here too, so a direct call with bad
 * input rejects with a `WechatValidationError` before anything is sent.
 * `WechatLogisticsService` is the default app's; `forApp(appId)` gives another's.
 */
export class WechatLogisticsClient extends FamilyClient {
  private readonly reconciler = new AddOrderReconciler((key) =>
    this.getOrder(key),
  );

  /**
   * Creates a waybill. Sent once, never repeated: when the outcome is unknown
   * (timeout, reset, -1) or WeChat reports the order id as used, getOrder is
   * asked, and an existing waybill for this order id is returned instead of
   * booking a second parcel; if there is none, the original error is raised.
   */
  addOrder(input: AddOrderDto): Promise<AddOrderResult> {
    const spec = ENDPOINTS.addOrder;
    // async: a validation error must be the call's rejection, not a synchronous throw.
    return this.telemetry.call(spec.api, async () => {
      const dto = validateInput(spec.api, AddOrderDto, input);
      const { orderId, deliveryId, openid } = dto;
      return this.reconciler.createOnce(
        { orderId, deliveryId, openid },
        async () =>
          toAddOrderResult(await this.upstream(spec, toSnakeKeys(dto))),
      );
    });
  }

  /** Fetches up to 100 waybills; an order WeChat cannot return is an `ok: false` item, not an error. */
  batchGetOrder(input: BatchGetOrderDto): Promise<BatchGetOrderResult> {
    return this.send(
      ENDPOINTS.batchGetOrder,
      BatchGetOrderDto,
      input,
      toBatchGetOrderResult,
    );
  }

  /** Cancels a waybill. Fails with 9300506 once the parcel has a track, 9300524 when already cancelled. */
  cancelOrder(input: CancelOrderDto): Promise<CancelOrderResult> {
    return this.send(
      ENDPOINTS.cancelOrder,
      CancelOrderDto,
      input,
      toCancelOrderResult,
    );
  }

  /** Fetches a waybill, its state and its printable label (`printHtml`, Base64 HTML). */
  getOrder(input: GetOrderDto): Promise<GetOrderResult> {
    return this.send(ENDPOINTS.getOrder, GetOrderDto, input, toGetOrderResult);
  }

  /** Fetches a waybill's track. Action types WeChat does not document are passed on as they came. */
  getPath(input: GetPathDto): Promise<GetPathResult> {
    return this.send(ENDPOINTS.getPath, GetPathDto, input, toGetPathResult);
  }

  /** Lists the carriers WeChat supports, with their service types. */
  getAllDelivery(): Promise<GetAllDeliveryResult> {
    return this.read(ENDPOINTS.getAllDelivery, toGetAllDeliveryResult);
  }

  /** Lists the carrier accounts bound to this mini program. */
  getAllAccount(): Promise<GetAllAccountResult> {
    return this.read(ENDPOINTS.getAllAccount, toGetAllAccountResult);
  }

  /**
   * Binds or unbinds a carrier account. Resolves `{ underReview: true }` when
   * WeChat answers 9300532: the binding was submitted and the carrier reviews it.
   */
  bindAccount(input: BindAccountDto): Promise<BindAccountResult> {
    const spec = ENDPOINTS.bindAccount;
    return this.telemetry.call(spec.api, async () => {
      try {
        const dto = validateInput(spec.api, BindAccountDto, input);
        await this.upstream(spec, toSnakeKeys(dto));
        return { underReview: false };
      } catch (error) {
        if (
          error instanceof WechatApiError &&
          error.errcode === BIND_UNDER_REVIEW
        )
          return { underReview: true };
        throw error;
      }
    });
  }

  /** Lists the openids allowed to print labels with WeChat's PC printing app. */
  getPrinter(): Promise<GetPrinterResult> {
    return this.read(ENDPOINTS.getPrinter, toGetPrinterResult);
  }

  /** Allows (`bind`) or stops (`unbind`) an openid printing labels. */
  updatePrinter(input: UpdatePrinterDto): Promise<UpdatePrinterResult> {
    return this.send(
      ENDPOINTS.updatePrinter,
      UpdatePrinterDto,
      input,
      noResult,
    );
  }

  /** Remaining e-waybills of a franchise carrier account. */
  getQuota(input: GetQuotaDto): Promise<GetQuotaResult> {
    return this.send(ENDPOINTS.getQuota, GetQuotaDto, input, toGetQuotaResult);
  }

  /** Sandbox only: moves a `TEST` order along its track, as a carrier would. Never repeated. */
  testUpdateOrder(input: TestUpdateOrderDto): Promise<TestUpdateOrderResult> {
    return this.send(
      ENDPOINTS.testUpdateOrder,
      TestUpdateOrderDto,
      input,
      noResult,
    );
  }
}

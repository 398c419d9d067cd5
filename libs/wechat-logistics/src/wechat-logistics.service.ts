import { Injectable } from '@nestjs/common';
import { type ClassConstructor } from 'class-transformer';
import { AddOrderReconciler } from './api/add-order-reconciler';
import { type EndpointDefinition } from './api/endpoint-definition';
import { ENDPOINTS } from './api/endpoints';
import { WechatApiCaller } from './api/wechat-api.caller';
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
import { WechatApiError } from './errors';
import { type UpstreamReply } from './http/wechat-http.client';
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
import { validateInput } from './validation/validate-input';
import { toSnakeKeys } from './wire/key-case';

/** WeChat's "binding submitted, under review": the bind request was accepted. */
const BIND_UNDER_REVIEW = 9300532;

/**
 * The logistics assistant (物流助手) API, one method per cloud-call name.
 * Inputs and results are camelCase; the wire is WeChat's snake_case. Every
 * input is validated here too, so a direct call with bad input throws a
 * `WechatValidationError` before anything is sent.
 */
@Injectable()
export class WechatLogisticsService {
  private readonly reconciler = new AddOrderReconciler((key) =>
    this.getOrder(key),
  );

  constructor(private readonly caller: WechatApiCaller) {}

  /**
   * Creates a waybill. Sent once, never repeated: when the outcome is unknown
   * (timeout, reset, -1) or WeChat reports the order id as used, getOrder is
   * asked, and an existing waybill for this order id is returned instead of
   * booking a second parcel; if there is none, the original error is raised.
   */
  async addOrder(input: AddOrderDto): Promise<AddOrderResult> {
    const spec = ENDPOINTS.addOrder;
    const dto = validateInput(spec.api, AddOrderDto, input);
    const { orderId, deliveryId, openid } = dto;
    return this.reconciler.createOnce(
      { orderId, deliveryId, openid },
      async () =>
        toAddOrderResult(await this.caller.call(spec, toSnakeKeys(dto))),
    );
  }

  /** Fetches up to 100 waybills; an order WeChat cannot return is an `ok: false` item, not an error. */
  async batchGetOrder(input: BatchGetOrderDto): Promise<BatchGetOrderResult> {
    const reply = await this.send(
      ENDPOINTS.batchGetOrder,
      BatchGetOrderDto,
      input,
    );
    return toBatchGetOrderResult(reply);
  }

  /** Cancels a waybill. Fails with 9300506 once the parcel has a track, 9300524 when already cancelled. */
  async cancelOrder(input: CancelOrderDto): Promise<CancelOrderResult> {
    const reply = await this.send(ENDPOINTS.cancelOrder, CancelOrderDto, input);
    return toCancelOrderResult(reply);
  }

  /** Fetches a waybill, its state and its printable label (`printHtml`, Base64 HTML). */
  async getOrder(input: GetOrderDto): Promise<GetOrderResult> {
    const reply = await this.send(ENDPOINTS.getOrder, GetOrderDto, input);
    return toGetOrderResult(reply);
  }

  /** Fetches a waybill's track. Action types WeChat does not document are passed on as they came. */
  async getPath(input: GetPathDto): Promise<GetPathResult> {
    const reply = await this.send(ENDPOINTS.getPath, GetPathDto, input);
    return toGetPathResult(reply);
  }

  /** Lists the carriers WeChat supports, with their service types. */
  async getAllDelivery(): Promise<GetAllDeliveryResult> {
    return toGetAllDeliveryResult(
      await this.caller.call(ENDPOINTS.getAllDelivery),
    );
  }

  /** Lists the carrier accounts bound to this mini program. */
  async getAllAccount(): Promise<GetAllAccountResult> {
    return toGetAllAccountResult(
      await this.caller.call(ENDPOINTS.getAllAccount),
    );
  }

  /**
   * Binds or unbinds a carrier account. Resolves `{ underReview: true }` when
   * WeChat answers 9300532: the binding was submitted and the carrier reviews it.
   */
  async bindAccount(input: BindAccountDto): Promise<BindAccountResult> {
    try {
      await this.send(ENDPOINTS.bindAccount, BindAccountDto, input);
      return { underReview: false };
    } catch (error) {
      if (
        error instanceof WechatApiError &&
        error.errcode === BIND_UNDER_REVIEW
      )
        return { underReview: true };
      throw error;
    }
  }

  /** Lists the openids allowed to print labels with WeChat's PC printing app. */
  async getPrinter(): Promise<GetPrinterResult> {
    return toGetPrinterResult(await this.caller.call(ENDPOINTS.getPrinter));
  }

  /** Allows (`bind`) or stops (`unbind`) an openid printing labels. */
  async updatePrinter(input: UpdatePrinterDto): Promise<UpdatePrinterResult> {
    await this.send(ENDPOINTS.updatePrinter, UpdatePrinterDto, input);
    return {};
  }

  /** Remaining e-waybills of a franchise carrier account. */
  async getQuota(input: GetQuotaDto): Promise<GetQuotaResult> {
    const reply = await this.send(ENDPOINTS.getQuota, GetQuotaDto, input);
    return toGetQuotaResult(reply);
  }

  /** Sandbox only: moves a `TEST` order along its track, as a carrier would. Never repeated. */
  async testUpdateOrder(
    input: TestUpdateOrderDto,
  ): Promise<TestUpdateOrderResult> {
    await this.send(ENDPOINTS.testUpdateOrder, TestUpdateOrderDto, input);
    return {};
  }

  /**
   * Validates `input` against its DTO, then sends it in WeChat's snake_case.
   * Not `async` (one promise less per call): it is only called from async
   * methods, so a validation error thrown here still becomes their rejection.
   */
  private send<T extends object>(
    spec: EndpointDefinition,
    type: ClassConstructor<T>,
    input: unknown,
  ): Promise<UpstreamReply> {
    const dto = validateInput(spec.api, type, input);
    return this.caller.call(spec, toSnakeKeys(dto));
  }
}

import { type ClassConstructor } from 'class-transformer';
import { type EndpointDefinition } from '../core/caller/endpoint-definition';
import {
  FamilyClient,
  noResult,
  type ToResult,
} from '../core/caller/family-client';
import { type UpstreamCall } from '../core/caller/upstream-call';
import { WechatValidationError } from '../core/errors';
import { type WechatTelemetry } from '../core/telemetry/wechat-telemetry.interface';
import { type WireObject } from '../core/wire/reply-fields';
import {
  IntracityAddOrderDto,
  IntracityBalanceQueryDto,
  IntracityCancelOrderDto,
  IntracityCreateStoreDto,
  IntracityGetCityDto,
  IntracityMockNotifyDto,
  IntracityPreAddOrderDto,
  IntracityQueryFlowDto,
  IntracityQueryOrderDto,
  IntracityQueryStoreDto,
  IntracitySetPayModeDto,
  IntracityStoreChargeDto,
  IntracityStoreRefundDto,
  IntracityUpdateStoreDto,
} from './dto';
import { IntracityPayer } from './enums';
import { INTRACITY_ENDPOINTS as ENDPOINTS } from './intracity.endpoints';
import { toIntracityWire } from './intracity.wire';
import {
  toAddOrderResult,
  toBalanceQueryResult,
  toCancelOrderResult,
  toCreateStoreResult,
  toGetCityResult,
  toGetPayModeResult,
  toPreAddOrderResult,
  toQueryFlowResult,
  toQueryOrderResult,
  toQueryStoreResult,
  toStoreChargeResult,
  toStoreRefundResult,
} from './mappers/intracity.mappers';
import {
  type IntracityAddOrderResult,
  type IntracityBalanceQueryResult,
  type IntracityCancelOrderResult,
  type IntracityCreateStoreResult,
  type IntracityEmptyResult,
  type IntracityGetCityResult,
  type IntracityGetPayModeResult,
  type IntracityPreAddOrderResult,
  type IntracityQueryFlowResult,
  type IntracityQueryOrderResult,
  type IntracityQueryStoreResult,
  type IntracityStoreChargeResult,
  type IntracityStoreRefundResult,
} from './results';

/** Said with every addOrder whose outcome is unknown (a timeout, -1, 934999). */
export const INTRACITY_ORDER_OUTCOME_UNKNOWN_ADVICE =
  'It was sent once and not repeated: it may have created the delivery order. queryOrder with the same wxStoreId and storeOrderId tells; adding it again answers 934002 if it did.';
/** …with every createStore whose outcome is unknown. */
export const INTRACITY_STORE_OUTCOME_UNKNOWN_ADVICE =
  'It was sent once and not repeated: it may have created the store. queryStore with the same outStoreId tells; creating it again answers 934010 if it did.';
/** …with every storeRefund whose outcome is unknown. */
export const INTRACITY_REFUND_OUTCOME_UNKNOWN_ADVICE =
  'It was sent once and not repeated: it may have refunded the balance (a repeat would report 0). balanceQuery and queryFlow with flowType 3 tell.';
/** …with every cancelOrder whose outcome is unknown. */
export const INTRACITY_CANCEL_OUTCOME_UNKNOWN_ADVICE =
  'It was sent once and not repeated: it may have cancelled the order (a penalty may apply). queryOrder tells (20000 and deductFee if it did); a repeat answers 934018 without the penalty.';

const wireOf = (dto: object) => toIntracityWire(dto);

/**
 * 同城配送 (intracity.md) for one mini program: WeChat's aggregated
 * same-city couriers (达达, 顺丰同城) paid from one prepaid balance.
 *
 * **API security.** Every call but `apply` is encrypted and signed (the
 * app's `apiSecurity` option); WeChat refuses a plain one (934011), so an app
 * without it fails before anything is sent.
 *
 * **Units.** Money in FEN (分, integers: ¥12.30 is 1230) in inputs and
 * results; weight in grams; distance in metres; times in Unix seconds; ids
 * (wxStoreId, wxOrderId) are strings end to end.
 *
 * **Sandbox.** `useSandbox: true` on preAddOrder / addOrder makes a test
 * order that needs no balance and gets no courier: move it with
 * `mockNotify`, and WeChat calls the order's `callbackUrl` as for a real one
 * (received with `WechatIntracityService.receiveCallback`). The SFTC sandbox
 * takes only {@link INTRACITY_SFTC_SANDBOX_RECIPIENT}.
 *
 * `WechatIntracityService` is the default app's; `forApp(appId)` gives another's.
 */
export class WechatIntracityClient extends FamilyClient {
  constructor(
    upstream: UpstreamCall,
    telemetry: WechatTelemetry,
    /** The app's own AppID: setPayMode / getPayMode send it (934012 if it is not the token's). */
    private readonly appIdOf: () => Promise<string | undefined>,
  ) {
    super(upstream, telemetry);
  }

  /** Opens 同城配送's store feature for this mini program (§4.1; also possible in the MP console). */
  apply(): Promise<IntracityEmptyResult> {
    return this.read(ENDPOINTS.apply, noResult);
  }

  /** Creates a store from your `outStoreId` (§4.2). Sent once: see {@link INTRACITY_STORE_OUTCOME_UNKNOWN_ADVICE}. */
  createStore(
    input: IntracityCreateStoreDto,
  ): Promise<IntracityCreateStoreResult> {
    return this.sendOnce(
      ENDPOINTS.createStore,
      IntracityCreateStoreDto,
      input,
      INTRACITY_STORE_OUTCOME_UNKNOWN_ADVICE,
      toCreateStoreResult,
      wireOf,
    );
  }

  /** One store by either id, or every store (§4.3). A read. */
  queryStore(
    input: IntracityQueryStoreDto = {},
  ): Promise<IntracityQueryStoreResult> {
    return this.call(
      ENDPOINTS.queryStore,
      IntracityQueryStoreDto,
      input,
      toQueryStoreResult,
    );
  }

  /** Changes a store's name, carrier preference or address (§4.4). */
  updateStore(input: IntracityUpdateStoreDto): Promise<IntracityEmptyResult> {
    return this.call(
      ENDPOINTS.updateStore,
      IntracityUpdateStoreDto,
      input,
      noResult,
    );
  }

  /**
   * A 服务市场 page where the merchant pays a top-up (§4.5, ≥ 5000 fen); the
   * money is valid 30 days. No money moves until it is paid there.
   */
  storeCharge(
    input: IntracityStoreChargeDto,
  ): Promise<IntracityStoreChargeResult> {
    return this.call(
      ENDPOINTS.storeCharge,
      IntracityStoreChargeDto,
      input,
      toStoreChargeResult,
    );
  }

  /** Refunds the unused balance with one carrier (§4.6). Sent once: see {@link INTRACITY_REFUND_OUTCOME_UNKNOWN_ADVICE}. */
  storeRefund(
    input: IntracityStoreRefundDto,
  ): Promise<IntracityStoreRefundResult> {
    return this.sendOnce(
      ENDPOINTS.storeRefund,
      IntracityStoreRefundDto,
      input,
      INTRACITY_REFUND_OUTCOME_UNKNOWN_ADVICE,
      toStoreRefundResult,
      wireOf,
    );
  }

  /** Top-ups, consumption or refunds (§4.7); `pay_mode` is always sent (PAY_MODE_STORE when absent). A read. */
  queryFlow(input: IntracityQueryFlowDto): Promise<IntracityQueryFlowResult> {
    return this.call(
      ENDPOINTS.queryFlow,
      IntracityQueryFlowDto,
      input,
      toQueryFlowResult,
      (dto) => ({
        ...toIntracityWire(dto),
        pay_mode: dto.payMode ?? IntracityPayer.Store,
      }),
    );
  }

  /** Balances per carrier, with the live top-ups (§4.8). A read. */
  balanceQuery(
    input: IntracityBalanceQueryDto,
  ): Promise<IntracityBalanceQueryResult> {
    return this.call(
      ENDPOINTS.balanceQuery,
      IntracityBalanceQueryDto,
      input,
      toBalanceQueryResult,
    );
  }

  /**
   * Changes who pays (§4.9); it takes effect once an admin of the mini
   * program confirms the template message WeChat sends. The app's own
   * appid is sent.
   */
  setPayMode(input: IntracitySetPayModeDto): Promise<IntracityEmptyResult> {
    return this.call(
      ENDPOINTS.setPayMode,
      IntracitySetPayModeDto,
      input,
      noResult,
      async (dto) => ({
        appid: await this.ownAppId(ENDPOINTS.setPayMode),
        ...toIntracityWire(dto),
      }),
    );
  }

  /** Who pays now (§4.10). A read. */
  getPayMode(): Promise<IntracityGetPayModeResult> {
    const spec = ENDPOINTS.getPayMode;
    return this.telemetry.call(spec.api, async () =>
      toGetPayModeResult(
        await this.upstream(spec, { appid: await this.ownAppId(spec) }),
      ),
    );
  }

  /** The cities each carrier serves (§4.11). A read. */
  getCity(input: IntracityGetCityDto = {}): Promise<IntracityGetCityResult> {
    return this.call(
      ENDPOINTS.getCity,
      IntracityGetCityDto,
      input,
      toGetCityResult,
    );
  }

  /**
   * A quote: fee (fen), distance (metres), ETA (§4.12); places nothing. The
   * cargo name is sent at the top level too, where OFF-IC lists it.
   */
  preAddOrder(
    input: IntracityPreAddOrderDto,
  ): Promise<IntracityPreAddOrderResult> {
    return this.call(
      ENDPOINTS.preAddOrder,
      IntracityPreAddOrderDto,
      input,
      toPreAddOrderResult,
      (dto) => ({
        ...toIntracityWire(dto),
        cargo_name: dto.cargo.cargoName,
      }),
    );
  }

  /**
   * Creates the delivery order (§4.13); `storeOrderId` is its idempotency
   * key. Sent once, never repeated (not even after -1): see
   * {@link INTRACITY_ORDER_OUTCOME_UNKNOWN_ADVICE}.
   */
  addOrder(input: IntracityAddOrderDto): Promise<IntracityAddOrderResult> {
    return this.sendOnce(
      ENDPOINTS.addOrder,
      IntracityAddOrderDto,
      input,
      INTRACITY_ORDER_OUTCOME_UNKNOWN_ADVICE,
      toAddOrderResult,
      wireOf,
    );
  }

  /** The order's status and details (§4.14). A read. */
  queryOrder(
    input: IntracityQueryOrderDto,
  ): Promise<IntracityQueryOrderResult> {
    return this.call(
      ENDPOINTS.queryOrder,
      IntracityQueryOrderDto,
      input,
      toQueryOrderResult,
    );
  }

  /** Cancels (§4.15); `deductFee` (fen) is the penalty once under way. Sent once: see {@link INTRACITY_CANCEL_OUTCOME_UNKNOWN_ADVICE}. */
  cancelOrder(
    input: IntracityCancelOrderDto,
  ): Promise<IntracityCancelOrderResult> {
    return this.sendOnce(
      ENDPOINTS.cancelOrder,
      IntracityCancelOrderDto,
      input,
      INTRACITY_CANCEL_OUTCOME_UNKNOWN_ADVICE,
      toCancelOrderResult,
      wireOf,
    );
  }

  /**
   * Sandbox (§4.16): sets a test order's status; WeChat then calls its
   * `callbackUrl`. For tests: a real order answers an error.
   */
  mockNotify(input: IntracityMockNotifyDto): Promise<IntracityEmptyResult> {
    return this.call(
      ENDPOINTS.mockNotify,
      IntracityMockNotifyDto,
      input,
      noResult,
    );
  }

  /** A validated call in this family's wire form. */
  private call<T extends object, R>(
    spec: EndpointDefinition,
    type: ClassConstructor<T>,
    input: unknown,
    toResult: (reply: WireObject) => R,
    toWire: (dto: T) => unknown = wireOf,
  ): Promise<R> {
    const mapped: ToResult<T, R> = (reply) => toResult(reply);
    return this.send(spec, type, input, mapped, toWire);
  }

  private async ownAppId(spec: EndpointDefinition): Promise<string> {
    const appId = await this.appIdOf();
    if (!appId)
      throw new WechatValidationError(spec.api, [
        "appid is unknown: this call sends the mini program's own appId, so configure it (appId) for this app",
      ]);
    return appId;
  }
}

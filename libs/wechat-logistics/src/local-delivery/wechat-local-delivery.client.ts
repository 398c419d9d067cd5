import { type ClassConstructor } from 'class-transformer';
import { type EndpointDefinition } from '../core/caller/endpoint-definition';
import {
  FamilyClient,
  noResult,
  type ToResult,
} from '../core/caller/family-client';
import { type UpstreamCall } from '../core/caller/upstream-call';
import { type UpstreamReply } from '../core/http/wechat-http.client';
import { type WechatTelemetry } from '../core/telemetry/wechat-telemetry.interface';
import { refuseCarrierError } from './carrier-result';
import { deliverySign } from './delivery-sign';
import {
  LocalAbnormalConfirmDto,
  LocalAddOrderDto,
  LocalAddTipDto,
  LocalBindAccountDto,
  LocalCancelOrderDto,
  LocalGetOrderDto,
  LocalMockUpdateOrderDto,
  LocalPreAddOrderDto,
  LocalPreCancelOrderDto,
  LocalReOrderDto,
  LocalRealMockUpdateOrderDto,
} from './dto';
import { LOCAL_DELIVERY_ENDPOINTS as ENDPOINTS } from './local-delivery.endpoints';
import { toLocalDeliveryWire } from './local-delivery.wire';
import {
  toAddOrderResult,
  toCancelResult,
  toGetAllImmeDeliveryResult,
  toGetBindAccountResult,
  toGetOrderResult,
  toPreAddOrderResult,
} from './mappers/local-delivery.mappers';
import {
  type GetAllImmeDeliveryResult,
  type GetBindAccountResult,
  type LocalAbnormalConfirmResult,
  type LocalAddOrderResult,
  type LocalAddTipResult,
  type LocalBindAccountResult,
  type LocalCancelResult,
  type LocalGetOrderResult,
  type LocalMockUpdateOrderResult,
  type LocalPreAddOrderResult,
  type OpenDeliveryResult,
} from './results';
import { type ShopSecretSource, shopSecretFor } from './shop-secrets';

/** Said with every add / readd whose outcome is unknown: sent once, and it may have placed the order. */
export const LOCAL_ORDER_OUTCOME_UNKNOWN_ADVICE =
  'It was sent once and not repeated: it may have placed the delivery order (a rider may be on the way). getOrder with the same shopId and shopOrderId tells; adding it again answers 930562 if it did.';
/** …with every addTip whose outcome is unknown. */
export const LOCAL_TIP_OUTCOME_UNKNOWN_ADVICE =
  'It was sent once and not repeated: the tip may have been added, and the carrier refuses a tip that does not rise. getOrder shows the order; add a higher tip only if needed.';
/** …with every cancel whose outcome is unknown. */
export const LOCAL_CANCEL_OUTCOME_UNKNOWN_ADVICE =
  'It was sent once and not repeated: it may have cancelled the order (a cancel fee may apply). getOrder tells (103, 203 or 303 if it did).';

/** What the signed calls' DTOs share. */
interface SignedInput {
  readonly shopId: string;
  readonly shopOrderId?: string;
}

/**
 * 即时配送 (local delivery, local-delivery.md) for one mini program: a rider
 * from a shop to a buyer within the hour (SF 同城, 闪送, 美团, 达达, UU).
 *
 * **The sign.** Nine calls need `delivery_sign` (SHA1 of shopid +
 * shop_order_id + the carrier account's AppSecret): the library computes it
 * from the `localDelivery` option, so the DTOs have no sign field (one sent
 * is refused as unknown). A shop without a secret fails before anything is
 * sent (`WechatShopSecretError`, naming the shop; HTTP 500).
 *
 * **Two levels of failure.** WeChat's errcode (a `WechatApiError` as for
 * every family, read with this family's meanings), and the carrier's
 * `resultcode`: a reply without errcode whose resultcode ≠ 0 is a
 * `WechatApiError` with errcode 0 and `deliveryResultcode` /
 * `deliveryResultmsg` (HTTP 502), never retried; a refused sign says so.
 *
 * **Units.** Money in yuan (numbers, ≤ 2 decimals), weight kg, sizes cm,
 * distance metres, durations seconds, times Unix seconds. getOrder's
 * `reachInSeconds` is a countdown; the push's `agent.reachTime` a timestamp.
 *
 * `WechatLocalDeliveryService` is the default app's; `forApp(appId)` gives another's.
 */
export class WechatLocalDeliveryClient extends FamilyClient {
  constructor(
    upstream: UpstreamCall,
    telemetry: WechatTelemetry,
    private readonly secrets: () => Promise<ShopSecretSource>,
  ) {
    super(upstream, telemetry);
  }

  /** The carriers WeChat offers (`delivery/getall`, §3.1). A read: repeated after -1 or a timeout. */
  getAllImmeDelivery(): Promise<GetAllImmeDeliveryResult> {
    return this.plain(ENDPOINTS.getAllImmeDelivery, (reply) =>
      toGetAllImmeDeliveryResult(reply),
    );
  }

  /** The carrier accounts bound in the console, with their audit state (`shop/get`, §3.2). */
  getBindAccount(): Promise<GetBindAccountResult> {
    return this.plain(ENDPOINTS.getBindAccount, (reply) =>
      toGetBindAccountResult(reply),
    );
  }

  /**
   * **Third-party platforms only** (`shop/add`, §3.3; else 86000): starts
   * binding a carrier account; the merchant's admin finishes on the
   * carrier's site.
   */
  bindAccount(input: LocalBindAccountDto): Promise<LocalBindAccountResult> {
    return this.send(
      ENDPOINTS.bindAccount,
      LocalBindAccountDto,
      input,
      this.checked(ENDPOINTS.bindAccount, noResult),
      toLocalDeliveryWire,
    );
  }

  /**
   * **Third-party platforms only** (`open`, §3.4): opens 即时配送 for the
   * merchant. 930569 (already opened) after a -1 counts as done.
   */
  openDelivery(): Promise<OpenDeliveryResult> {
    return this.plain(ENDPOINTS.openDelivery, noResult);
  }

  /** A quote and a check, placing nothing (`order/pre_add`, §3.5). Signed. Repeated after -1 or a timeout. */
  preAddOrder(input: LocalPreAddOrderDto): Promise<LocalPreAddOrderResult> {
    return this.signed(
      ENDPOINTS.preAddOrder,
      LocalPreAddOrderDto,
      input,
      toPreAddOrderResult,
    );
  }

  /**
   * Places the delivery order (`order/add`, §3.6). Signed. Sent once, never
   * repeated (not even after -1): see {@link LOCAL_ORDER_OUTCOME_UNKNOWN_ADVICE}.
   */
  addOrder(input: LocalAddOrderDto): Promise<LocalAddOrderResult> {
    return this.sentOnce(
      ENDPOINTS.addOrder,
      LocalAddOrderDto,
      input,
      toAddOrderResult,
      LOCAL_ORDER_OUTCOME_UNKNOWN_ADVICE,
    );
  }

  /** Places the same shopOrderId again after a cancel or failure (`order/readd`, §3.7; not MTPS). Signed; sent once. */
  reOrder(input: LocalReOrderDto): Promise<LocalAddOrderResult> {
    return this.sentOnce(
      ENDPOINTS.reOrder,
      LocalReOrderDto,
      input,
      toAddOrderResult,
      LOCAL_ORDER_OUTCOME_UNKNOWN_ADVICE,
    );
  }

  /** Raises the tip while the order waits for a rider (`order/addtips`, §3.8). Signed; sent once. */
  addTip(input: LocalAddTipDto): Promise<LocalAddTipResult> {
    return this.sentOnce(
      ENDPOINTS.addTip,
      LocalAddTipDto,
      input,
      noResult,
      LOCAL_TIP_OUTCOME_UNKNOWN_ADVICE,
    );
  }

  /** Status, rider and arrival countdown (`order/get`, §3.9). Signed. A read. */
  getOrder(input: LocalGetOrderDto): Promise<LocalGetOrderResult> {
    return this.signed(
      ENDPOINTS.getOrder,
      LocalGetOrderDto,
      input,
      toGetOrderResult,
    );
  }

  /** The fee a cancel would cost now (`order/precancel`, §3.10). Signed. A read. */
  preCancelOrder(input: LocalPreCancelOrderDto): Promise<LocalCancelResult> {
    return this.signed(
      ENDPOINTS.preCancelOrder,
      LocalPreCancelOrderDto,
      input,
      toCancelResult,
    );
  }

  /** Cancels (`order/cancel`, §3.11); `deductFee` is what it cost. Signed; sent once. DADA only before pickup. */
  cancelOrder(input: LocalCancelOrderDto): Promise<LocalCancelResult> {
    return this.sentOnce(
      ENDPOINTS.cancelOrder,
      LocalCancelOrderDto,
      input,
      toCancelResult,
      LOCAL_CANCEL_OUTCOME_UNKNOWN_ADVICE,
    );
  }

  /** Confirms the returned goods arrived (`order/confirm_return`, §3.12). Signed. */
  abnormalConfirm(
    input: LocalAbnormalConfirmDto,
  ): Promise<LocalAbnormalConfirmResult> {
    return this.signed(
      ENDPOINTS.abnormalConfirm,
      LocalAbnormalConfirmDto,
      input,
      noResult,
    );
  }

  /**
   * Sandbox (`test_update_order`, §3.13): moves a TEST order to any status;
   * WeChat then pushes update_waybill_status. Not signed (§4).
   */
  mockUpdateOrder(
    input: LocalMockUpdateOrderDto,
  ): Promise<LocalMockUpdateOrderResult> {
    return this.send(
      ENDPOINTS.mockUpdateOrder,
      LocalMockUpdateOrderDto,
      input,
      this.checked(ENDPOINTS.mockUpdateOrder, noResult),
      toLocalDeliveryWire,
    );
  }

  /**
   * A carrier test account's order (SFTC, DADA) moved in the carrier's test
   * system (`realmock_update_order`, §3.14; possibly dead accounts, §6.2). Signed.
   */
  realMockUpdateOrder(
    input: LocalRealMockUpdateOrderDto,
  ): Promise<LocalMockUpdateOrderResult> {
    return this.signed(
      ENDPOINTS.realMockUpdateOrder,
      LocalRealMockUpdateOrderDto,
      input,
      noResult,
    );
  }

  /** A signed call sent once: an unknown outcome is rethrown with `advice`. */
  private sentOnce<T extends SignedInput & object, R>(
    spec: EndpointDefinition,
    type: ClassConstructor<T>,
    input: unknown,
    toResult: (reply: UpstreamReply) => R,
    advice: string,
  ): Promise<R> {
    return this.sendOnce(
      spec,
      type,
      input,
      advice,
      this.checked(spec, toResult),
      (dto) => this.signedWire(spec, dto),
    );
  }

  /**
   * One signed call: validated (a failure is the call's rejection, nothing
   * sent), the shop's secret found (else `WechatShopSecretError`, nothing
   * sent), `delivery_sign` added to the body, the carrier's level checked,
   * the reply mapped.
   */
  private signed<T extends SignedInput & object, R>(
    spec: EndpointDefinition,
    type: ClassConstructor<T>,
    input: unknown,
    toResult: (reply: UpstreamReply) => R,
  ): Promise<R> {
    return this.send(spec, type, input, this.checked(spec, toResult), (dto) =>
      this.signedWire(spec, dto),
    );
  }

  /** A call without input (`{}`), no sign. */
  private plain<R>(
    spec: EndpointDefinition,
    toResult: (reply: UpstreamReply) => R,
  ): Promise<R> {
    return this.read(spec, (reply) => {
      refuseCarrierError(reply, spec.api, undefined);
      return toResult(reply);
    });
  }

  /** The body of a signed call: the wire form and the shop's `delivery_sign`. */
  private async signedWire(
    spec: EndpointDefinition,
    dto: SignedInput & object,
  ): Promise<Record<string, unknown>> {
    const secret = await shopSecretFor(
      await this.secrets(),
      dto.shopId,
      spec.api,
    );
    return {
      ...toLocalDeliveryWire(dto),
      delivery_sign: deliverySign(dto.shopId, dto.shopOrderId, secret),
    };
  }

  /** The carrier's level (`resultcode`, refused as a `WechatApiError`), then the result. */
  private checked<T extends object, R>(
    spec: EndpointDefinition,
    toResult: (reply: UpstreamReply) => R,
  ): ToResult<T, R> {
    return (reply, dto) => {
      const shopId = 'shopId' in dto ? String(dto.shopId) : undefined;
      refuseCarrierError(reply, spec.api, shopId);
      return toResult(reply);
    };
  }
}

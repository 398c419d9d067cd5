import { FamilyClient, noResult } from '../core/caller/family-client';
import { SHIPPING_ENDPOINTS } from './shipping.endpoints';
import {
  FamousBrandApplyDto,
  GetShippingOrderDto,
  GetShippingOrderListDto,
  IsTradeManagedDto,
  IsTradeManagementConfirmationCompletedDto,
  NotifyConfirmReceiveDto,
  OpSpecialOrderDto,
  SetMsgJumpPathDto,
  SetWxaTradeTypeDto,
  UploadCombinedShippingInfoDto,
  UploadShippingInfoDto,
} from './dto';
import {
  toFamousBrandApplyWire,
  toUploadWire,
} from './mappers/shipping-request.mappers';
import {
  toGetShippingOrderListResult,
  toGetShippingOrderResult,
} from './mappers/shipping-order.mappers';
import {
  toConfirmationCompletedResult,
  toFamousBrandApplyStatusResult,
  toIsTradeManagedResult,
} from './mappers/trade-management.mappers';
import {
  type FamousBrandApplyResult,
  type GetFamousBrandApplyStatusResult,
  type GetShippingOrderListResult,
  type GetShippingOrderResult,
  type IsTradeManagedResult,
  type IsTradeManagementConfirmationCompletedResult,
  type NotifyConfirmReceiveResult,
  type OpSpecialOrderResult,
  type SetMsgJumpPathResult,
  type SetWxaTradeTypeResult,
  type UploadCombinedShippingInfoResult,
  type UploadShippingInfoResult,
} from './results';

/**
 * Said with every upload whose outcome is unknown (a timeout, a reset, a
 * gateway page, a busy answer): the library sent it once and will not send
 * it again on its own, because a repeat could spend the payment's one re-upload.
 */
export const UPLOAD_OUTCOME_UNKNOWN_ADVICE =
  'The upload was sent once and not repeated, because a payment allows one re-upload only: it may have reached WeChat. Check with getOrder before uploading again.';

/**
 * Order shipping info management (发货信息管理, shipping-info.md) for one mini
 * program: one method per endpoint, in the reference's order. Inputs and
 * results are camelCase; the wire is WeChat's snake_case. Every input is
 * validated here too, so a direct call with bad input rejects with a
 * `WechatValidationError` before anything is sent.
 * `WechatShippingService` is the default app's; `forApp(appId)` gives another's.
 */
export class WechatShippingClient extends FamilyClient {
  /**
   * Uploads the shipment of one payment (§4.1), which lets its frozen money
   * settle once the buyer confirms receipt. Enrolled apps must call it for
   * every payment.
   *
   * **The one re-upload is precious.** A payment's shipping info may change
   * once (a second upload after shipping completed, or another delivery mode
   * or logistics type); after that WeChat answers 10060003. So this call is
   * sent once and never repeated by the library — not after a timeout, a
   * reset, a gateway error or -1. When the outcome is unknown the error (a
   * `WechatTransportError`, or a `WechatApiError` for a busy answer) says the
   * upload may have landed: ask `getOrder` before uploading again.
   * `uploadTime` must be later than the payment's previous upload (268485216).
   */
  uploadShippingInfo(
    input: UploadShippingInfoDto,
  ): Promise<UploadShippingInfoResult> {
    return this.sendOnce(
      SHIPPING_ENDPOINTS.uploadShippingInfo,
      UploadShippingInfoDto,
      input,
      UPLOAD_OUTCOME_UNKNOWN_ADVICE,
      noResult,
      toUploadWire,
    );
  }

  /**
   * Uploads the shipments of a combined (合单) payment, one per sub-payment
   * (§4.2), with §4.1's rules for each — and its caveat: sent once, never
   * repeated by the library; after an unknown outcome check `getOrder` first.
   */
  uploadCombinedShippingInfo(
    input: UploadCombinedShippingInfoDto,
  ): Promise<UploadCombinedShippingInfoResult> {
    return this.sendOnce(
      SHIPPING_ENDPOINTS.uploadCombinedShippingInfo,
      UploadCombinedShippingInfoDto,
      input,
      UPLOAD_OUTCOME_UNKNOWN_ADVICE,
      noResult,
      toUploadWire,
    );
  }

  /**
   * A payment's shipping state (§4.3): its order state (1 待发货 … 6 资金待结算),
   * what was shipped and when. The way to learn whether an upload landed.
   */
  getOrder(input: GetShippingOrderDto): Promise<GetShippingOrderResult> {
    return this.send(
      SHIPPING_ENDPOINTS.getOrder,
      GetShippingOrderDto,
      input,
      toGetShippingOrderResult,
    );
  }

  /** A page of payments by pay time, state and payer (§4.4); pass `lastIndex` back while `hasMore`. */
  getOrderList(
    input: GetShippingOrderListDto = {},
  ): Promise<GetShippingOrderListResult> {
    return this.send(
      SHIPPING_ENDPOINTS.getOrderList,
      GetShippingOrderListDto,
      input,
      toGetShippingOrderListResult,
    );
  }

  /**
   * Reminds the buyer to confirm receipt, with the carrier's sign-for time
   * (§4.5). Once per payment, express only, while 已发货.
   */
  notifyConfirmReceive(
    input: NotifyConfirmReceiveDto,
  ): Promise<NotifyConfirmReceiveResult> {
    return this.send(
      SHIPPING_ENDPOINTS.notifyConfirmReceive,
      NotifyConfirmReceiveDto,
      input,
      noResult,
    );
  }

  /**
   * Sets the page the shipping and confirm-receipt messages open (§4.6), for
   * the whole app. Not available to third-party platforms (current docs).
   */
  setMsgJumpPath(input: SetMsgJumpPathDto): Promise<SetMsgJumpPathResult> {
    return this.send(
      SHIPPING_ENDPOINTS.setMsgJumpPath,
      SetMsgJumpPathDto,
      input,
      noResult,
    );
  }

  /**
   * Whether a mini program is enrolled in order shipping management (§4.7):
   * if so, its payments stay frozen until shipped and received. A
   * non-enrolled app may get 48001 instead of `false`.
   */
  isTradeManaged(input: IsTradeManagedDto): Promise<IsTradeManagedResult> {
    return this.send(
      SHIPPING_ENDPOINTS.isTradeManaged,
      IsTradeManagedDto,
      input,
      toIsTradeManagedResult,
    );
  }

  /**
   * Whether the app's trade-settlement confirmation (交易结算管理确认) is done
   * (§4.8): every linked merchant id authorised order management or unbound.
   */
  isTradeManagementConfirmationCompleted(
    input: IsTradeManagementConfirmationCompletedDto,
  ): Promise<IsTradeManagementConfirmationCompletedResult> {
    return this.send(
      SHIPPING_ENDPOINTS.isTradeManagementConfirmationCompleted,
      IsTradeManagementConfirmationCompletedDto,
      input,
      toConfirmationCompletedResult,
    );
  }

  /**
   * Reports an unshipped payment as pre-sale (ships after `delayTo`) or as a
   * test order (§4.9, 特殊发货报备).
   */
  opSpecialOrder(input: OpSpecialOrderDto): Promise<OpSpecialOrderResult> {
    return this.send(
      SHIPPING_ENDPOINTS.opSpecialOrder,
      OpSpecialOrderDto,
      input,
      noResult,
    );
  }

  /** Applies for the famous-brand treatment (§4.10). Sent once, never repeated. */
  famousBrandApply(
    input: FamousBrandApplyDto,
  ): Promise<FamousBrandApplyResult> {
    return this.send(
      SHIPPING_ENDPOINTS.famousBrandApply,
      FamousBrandApplyDto,
      input,
      noResult,
      toFamousBrandApplyWire,
    );
  }

  /** Where the famous-brand application stands (§4.11): under review, rejected (with the reason) or approved. */
  getFamousBrandApplyStatus(): Promise<GetFamousBrandApplyStatusResult> {
    return this.read(
      SHIPPING_ENDPOINTS.getFamousBrandApplyStatus,
      toFamousBrandApplyStatusResult,
    );
  }

  /** Applies to change the app's trade type (§4.12); one application per account. */
  setWxaTradeType(input: SetWxaTradeTypeDto): Promise<SetWxaTradeTypeResult> {
    return this.send(
      SHIPPING_ENDPOINTS.setWxaTradeType,
      SetWxaTradeTypeDto,
      input,
      noResult,
    );
  }
}

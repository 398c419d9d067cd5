import { FamilyClient, noResult } from '../core/caller/family-client';
import { AddReturnIdDto, LegacyAddReturnIdDto, ReturnIdDto } from './dto';
import {
  toAddReturnIdResult,
  toGetReturnIdResult,
} from './mappers/return-id.mappers';
import {
  type AddReturnIdResult,
  type ApplyReturnPluginResult,
  type GetReturnIdResult,
  type UnbindReturnIdResult,
} from './results';
import { RETURNS_ENDPOINTS } from './returns.endpoints';

/**
 * Said with every add whose outcome is unknown (a timeout, a reset, a gateway
 * page, a busy answer): it was sent once and not repeated, because a repeat
 * that landed answers 9300522 without the return id.
 */
export const ADD_OUTCOME_UNKNOWN_ADVICE =
  'The add was sent once and not repeated: it may have created the return id and messaged the buyer. If it did, adding again with the same shopOrderId answers 9300522, and WeChat has no lookup by shop order id.';

/**
 * 退货组件 / 无忧退货 (returns, reference §5) for one mini program. After the
 * merchant agrees to a return it asks WeChat for a return id; WeChat messages
 * the buyer, who books a courier pick-up or ships it back and types the
 * waybill; the merchant polls `getReturnId` (there is no push).
 *
 * **Which calls to use.** The current `addReturnId` / `getReturnId` /
 * `unbindReturnId` (`/no_worry_return/*`) are the only ones WeChat documents
 * today, and `addReturnId` needs the `wxPayId` of a payment insured with
 * 无忧退货 (freight insurance). The `legacy…` calls (`/return/*`, the older
 * 退货组件) need no insurance; one 2024 report still got real answers from
 * them and no retirement notice was found, but they are no longer documented:
 * prefer the current calls when the order is insured.
 *
 * Return ids are strings of digits end to end (19 in the examples, beyond
 * what a JavaScript number holds). Inputs are validated before anything is
 * sent; the wire is WeChat's snake_case. `WechatReturnService` is the default
 * app's; `forApp(appId)` gives another's.
 */
export class WechatReturnClient extends FamilyClient {
  /**
   * Creates the return id of an insured order (§5.1) and messages the buyer.
   * One return id per `shopOrderId` (a second add answers 9300522, HTTP 409).
   * `wxPayId` must be insured with 无忧退货, else 9300570 (404).
   *
   * Sent once and never repeated by the library, not even after -1: a
   * repeat of an add that landed answers 9300522 without the id, and WeChat
   * offers no lookup by shop order id. After a timeout or -1, a repeat with
   * the same `shopOrderId` that answers 9300522 means the first one landed.
   */
  addReturnId(input: AddReturnIdDto): Promise<AddReturnIdResult> {
    return this.sendOnce(
      RETURNS_ENDPOINTS.addReturnId,
      AddReturnIdDto,
      input,
      ADD_OUTCOME_UNKNOWN_ADVICE,
      (reply) => toAddReturnIdResult(reply, RETURNS_ENDPOINTS.addReturnId.api),
    );
  }

  /**
   * The return's state (§5.2): how the buyer chose to return (`status`,
   * `RETURN_STATUS_WORDS`), the return waybill and its state (`orderStatus`,
   * `RETURN_ORDER_STATUS_WORDS`). 931023 (404) when the buyer typed a waybill
   * the carrier does not know, or after unbind. Repeated after -1 or a timeout.
   */
  getReturnId(input: ReturnIdDto): Promise<GetReturnIdResult> {
    return this.send(
      RETURNS_ENDPOINTS.getReturnId,
      ReturnIdDto,
      input,
      toGetReturnIdResult,
    );
  }

  /**
   * Releases the return id when merchant and buyer agree nothing needs to
   * come back (§5.3). Only after the buyer chose to self-ship and typed the
   * waybill (`status` 2): before that, or for a pick-up, WeChat answers 40097
   * (409 here).
   */
  unbindReturnId(input: ReturnIdDto): Promise<UnbindReturnIdResult> {
    return this.send(
      RETURNS_ENDPOINTS.unbindReturnId,
      ReturnIdDto,
      input,
      noResult,
    );
  }

  /**
   * The older 退货组件's add (`/return/add`, §5.4): as `addReturnId` without
   * `wxPayId` (sending one is refused). Undocumented today but still answered
   * per a 2024 report; use it only for orders not insured with 无忧退货.
   * Sent once, like `addReturnId`.
   */
  legacyAddReturnId(input: LegacyAddReturnIdDto): Promise<AddReturnIdResult> {
    return this.sendOnce(
      RETURNS_ENDPOINTS.legacyAddReturnId,
      LegacyAddReturnIdDto,
      input,
      ADD_OUTCOME_UNKNOWN_ADVICE,
      (reply) =>
        toAddReturnIdResult(reply, RETURNS_ENDPOINTS.legacyAddReturnId.api),
    );
  }

  /** `getReturnId` on the legacy path (`/return/get`, §5.4), for ids `legacyAddReturnId` issued. */
  legacyGetReturnId(input: ReturnIdDto): Promise<GetReturnIdResult> {
    return this.send(
      RETURNS_ENDPOINTS.legacyGetReturnId,
      ReturnIdDto,
      input,
      toGetReturnIdResult,
    );
  }

  /** `unbindReturnId` on the legacy path (`/return/unbind`, §5.4), with the same self-ship-only rule. */
  legacyUnbindReturnId(input: ReturnIdDto): Promise<UnbindReturnIdResult> {
    return this.send(
      RETURNS_ENDPOINTS.legacyUnbindReturnId,
      ReturnIdDto,
      input,
      noResult,
    );
  }

  /**
   * **Third-party platforms only** (§5.5): applies for the return component
   * on the merchant's behalf (`return/open_return`, body `{}`, 500 a day);
   * the merchant's admin must accept within 24 h. It must be called with the
   * merchant's authorizer_access_token, which the module takes from
   * `accessTokenProvider` (for this app, or per `apps` entry); with the app's
   * own token WeChat answers 933004. 933003 means already enabled, which a
   * repeat after -1 counts as success.
   */
  applyReturnPlugin(): Promise<ApplyReturnPluginResult> {
    return this.read(RETURNS_ENDPOINTS.applyReturnPlugin, noResult);
  }
}

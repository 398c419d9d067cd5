import { Matches } from 'class-validator';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { WHEN_PRESENT } from '../../core/validation/required-if.decorator';
import { type WaybillId } from '../waybill-token';
import {
  DeliveryIdField,
  OpenidField,
  WaybillIdField,
} from './tracking-identifiers';
import { IsContactPhone, IsMiniProgramPagePath } from './tracking-field-rules';
import { GoodsInfoField, type WaybillGoodsInfoDto } from './waybill-goods.dto';

/** As the logistics assistant's tel/mobile (≤ 32 bytes); the reference gives no figure here. */
export const PHONE_MAX_BYTES = 32;
/** No figure in the reference; a page path with its query fits well within it (inference). */
export const ORDER_DETAIL_PATH_MAX_BYTES = 1024;
/** A WeChat Pay transaction id is 28 digits; 32 leaves room without letting anything else through. */
const TRANS_ID_MAX_DIGITS = 32;

/**
 * What trace_waybill and follow_waybill both take (reference §4.1, §4.5: the
 * fields are identical). Decisions where the sources disagree:
 * - `receiverPhone` required (current docs; WXJ's comment says optional,
 *   §8.6): some carriers need it to find the waybill.
 * - `transId` optional (§8.3): the current table says required, but a staff
 *   answer (2022) says optional and the official examples omit it. Send it
 *   when you have it — the components are for paid mini-program orders.
 * - `orderDetailPath` optional (§8.4): the current table says required,
 *   older pages and every SDK say optional, and its own description says
 *   WeChat opens the home page when it is absent. Send your order page: the
 *   buyer taps the goods card to reach it.
 */
export abstract class RegisterWaybillDto {
  @OpenidField()
  openid!: string;

  @TextField({
    description: 'Sender phone',
    example: '020-88888888',
    maxBytes: PHONE_MAX_BYTES,
    presence: 'optional',
  })
  @IsContactPhone(WHEN_PRESENT)
  senderPhone?: string;

  @TextField({
    description:
      'Receiver phone, unmasked: some carriers need it to find the waybill',
    example: '13800138000',
    maxBytes: PHONE_MAX_BYTES,
  })
  @IsContactPhone()
  receiverPhone!: string;

  @WaybillIdField()
  waybillId!: WaybillId;

  @GoodsInfoField()
  goodsInfo!: WaybillGoodsInfoDto;

  @TextField({
    description:
      'WeChat Pay transaction id of the order (digits, usually starting 42); optional but recommended',
    example: '4200001234202311150123456789',
    presence: 'optional',
  })
  @Matches(new RegExp(`^[0-9]{1,${TRANS_ID_MAX_DIGITS}}$`), {
    ...WHEN_PRESENT,
    message: `$property must be a WeChat Pay transaction id: 1 to ${TRANS_ID_MAX_DIGITS} digits`,
  })
  transId?: string;

  @TextField({
    description:
      'Mini-program page the goods card opens (your order detail page), e.g. pages/order/detail?id=1; WeChat opens the home page when absent',
    example: 'pages/order/detail?id=1001',
    maxBytes: ORDER_DETAIL_PATH_MAX_BYTES,
    presence: 'optional',
  })
  @IsMiniProgramPagePath(WHEN_PRESENT)
  orderDetailPath?: string;

  @DeliveryIdField()
  deliveryId?: string;
}

/**
 * Input of `tracking.traceWaybill` (`POST …/open_msg/trace_waybill`, §4.1):
 * registers a waybill with the query component (查询组件).
 */
export class TraceWaybillDto extends RegisterWaybillDto {}

/**
 * Input of `tracking.followWaybill` (`POST …/open_msg/follow_waybill`, §4.5):
 * registers a waybill with the message component (物流消息).
 */
export class FollowWaybillDto extends RegisterWaybillDto {}

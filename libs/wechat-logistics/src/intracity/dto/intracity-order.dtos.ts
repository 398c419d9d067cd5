import { TextField } from '../../core/validation/fields/text-field.decorator';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { NestedField } from '../../core/validation/fields/nested-field.decorators';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';
import {
  IntracityCancelReason,
  IntracityOrderStatus,
  IntracityVerifyCodeType,
} from '../enums';
import {
  IntracityCargoDto,
  IntracityOrderCargoDto,
} from './intracity-cargo.dtos';
import {
  CallbackUrlField,
  DegreesField,
  PhoneField,
  StoreOrderIdField,
  UseSandboxField,
  WxStoreIdField,
} from './intracity.fields';
import { IntracityOrderKeyDto } from './intracity-order-key.dto';

/** The recipient fields preAddOrder and addOrder share (§4.12, §4.13). */
export class IntracityRecipientDto {
  @WxStoreIdField()
  wxStoreId!: string;

  @TextField({
    description: 'Recipient name',
    example: '张三',
    maxCharacters: 256,
  })
  userName!: string;

  @PhoneField(
    "Recipient's phone: an 11-digit mobile or a landline with its area code",
  )
  userPhone!: string;

  @DegreesField('Recipient longitude', 180, 113.32)
  userLng!: number;

  @DegreesField('Recipient latitude', 90, 23.1)
  userLat!: number;

  @TextField({
    description: "Recipient's full address",
    example: '广东省广州市海珠区新港中路397号',
    maxCharacters: 512,
  })
  userAddress!: string;

  @UseSandboxField()
  useSandbox?: boolean;
}

/**
 * Input of `intracity.preAddOrder` (§4.12): a quote (fee in fen, distance in
 * metres, ETA), placing nothing. The cargo's name is also sent at the top
 * level, where OFF-IC lists it (the SDKs send it only inside `cargo`).
 * `use_sandbox` is required by OFF-IC: give `useSandbox: true` for test
 * quotes; a real quote sends none (§3.3).
 */
export class IntracityPreAddOrderDto extends IntracityRecipientDto {
  @NestedField(() => IntracityCargoDto, { description: 'The parcel' })
  cargo!: IntracityCargoDto;
}

/**
 * Input of `intracity.addOrder` (§4.13). `storeOrderId` is the idempotency
 * key: the same id again answers 934002 while the order lives (and is best
 * treated as single-use after). In the SFTC sandbox the recipient must be
 * {@link INTRACITY_SFTC_SANDBOX_RECIPIENT} (else 934019).
 */
export class IntracityAddOrderDto extends IntracityRecipientDto {
  @StoreOrderIdField()
  storeOrderId!: string;

  @TextField({
    description: "The recipient's openid in this mini program",
    example: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  userOpenid!: string;

  @TextField({
    description:
      'Mini-program page of the order, opened from the tracking page (missing: 934001 order_detail_path is required)',
    example: 'pages/order/detail?id=ORD-20261126-0001',
    maxBytes: 1024,
  })
  orderDetailPath!: string;

  @TextField({
    description: 'Sequence number the courier uses to find the goods',
    example: 'A12',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'optional',
  })
  orderSeq?: string;

  @EnumField(IntracityVerifyCodeType, 'IntracityVerifyCodeType', {
    description:
      'Codes the courier checks: 0 none, 1 pickup code, 2 receipt code, 3 both (sent as a number)',
    example: IntracityVerifyCodeType.None,
    presence: 'optional',
  })
  verifyCodeType?: IntracityVerifyCodeType;

  @CallbackUrlField()
  callbackUrl?: string;

  // OFF-IC marks it optional; every example sends it, and the carrier needs
  // weight and price to take the order: required (inference).
  @NestedField(() => IntracityOrderCargoDto, {
    description: 'The parcel and the items shown to the user',
  })
  cargo!: IntracityOrderCargoDto;
}

/** The recipient the SFTC sandbox requires (§4.13; else 934019). DADA's sandbox takes any. */
export const INTRACITY_SFTC_SANDBOX_RECIPIENT = {
  userName: '顺丰同城',
  userPhone: '13881979410',
  userAddress: '北京市海淀区学清嘉创大厦A座15层',
} as const;

/** Input of `intracity.queryOrder` (§4.14). */
export class IntracityQueryOrderDto extends IntracityOrderKeyDto {}

/** Input of `intracity.cancelOrder` (§4.15); a penalty (`deductFee`, fen) once a courier is on the way. */
export class IntracityCancelOrderDto extends IntracityOrderKeyDto {
  @EnumField(IntracityCancelReason, 'IntracityCancelReason', {
    description:
      'Why: 1 not needed any more, 2 wrong information, 3 nobody accepted, 99 other',
    example: IntracityCancelReason.NotNeeded,
  })
  cancelReasonId!: IntracityCancelReason;

  @TextField({
    description: 'Free text',
    example: '顾客取消',
    maxCharacters: 256,
    presence: 'optional',
  })
  cancelReason?: string;
}

/** Input of `intracity.mockNotify` (§4.16): sandbox orders only; WeChat then calls back with this status. */
export class IntracityMockNotifyDto extends IntracityOrderKeyDto {
  @EnumField(IntracityOrderStatus, 'IntracityOrderStatus', {
    description:
      'The status to simulate: 10000 created, 20000/20001 cancelled, 30000 accepted, 40000 at the store, 50000 delivering, 60000 withdrew, 70000 delivered, 90000 exception',
    example: IntracityOrderStatus.Delivered,
  })
  orderStatus!: IntracityOrderStatus;
}

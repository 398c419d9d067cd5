import { Equals } from 'class-validator';
import { LocalDeliveryCancelReason, LocalDeliveryOrderStatus } from '../enums';
import { LOCAL_DELIVERY_SANDBOX_SHOP_ID } from '../sandbox.constants';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';
import { RequiredIf } from '../../core/validation/required-if.decorator';
import {
  DecimalIn,
  DeliveryIdField,
  ShopIdField,
  ShopNoField,
  ShopOrderIdField,
  UnixSecondsField,
  WaybillIdField,
  YUAN,
} from './local-delivery.fields';

/** Input of `localDelivery.getOrder` (`order/get`, §3.9): the order is keyed by shopId + shopOrderId. */
export class LocalGetOrderDto {
  @ShopIdField()
  shopId!: string;

  @ShopOrderIdField()
  shopOrderId!: string;

  @ShopNoField()
  shopNo?: string;
}

/**
 * Input of `localDelivery.addTip` (`order/addtips`, §3.8), while the order
 * waits for a rider. `tips` is the new total, not an increment, and must
 * exceed the last one. The carriers' own limits (SS tiers; DADA ≤ 30 yuan,
 * 0.1 steps, ≤ goods value; SFTC ≤ 10 calls, ≤ 200 yuan; MTPS none) are the
 * carrier's to enforce: the request does not name the carrier.
 */
export class LocalAddTipDto {
  @ShopIdField()
  shopId!: string;

  @ShopOrderIdField()
  shopOrderId!: string;

  @WaybillIdField()
  waybillId!: string;

  @DecimalIn({
    ...YUAN,
    description: 'The tip, total (not an increment); must exceed the last',
    example: 5,
    min: 0,
    minExclusive: true,
    max: 1_000_000,
  })
  tips!: number;

  @TextField({ description: 'Remark', example: '天气不好，加小费' })
  remark!: string;

  @ShopNoField()
  shopNo?: string;

  // OFF-OLD requires it, OFF-NEW does not list it (§7.6): optional, sent when given.
  @TextField({
    description: "The ordering user's openid (older docs require it)",
    example: 'oABC123',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'optional',
  })
  openid?: string;
}

const REASON_OTHER = 'when cancelReasonId is 6 (other)';

/**
 * Input of `localDelivery.preCancelOrder` (`order/precancel`, §3.10): the fee
 * a cancel would cost now, cancelling nothing.
 */
export class LocalPreCancelOrderDto {
  @ShopIdField()
  shopId!: string;

  @ShopOrderIdField()
  shopOrderId!: string;

  @DeliveryIdField()
  deliveryId!: string;

  @WaybillIdField()
  waybillId!: string;

  @EnumField(LocalDeliveryCancelReason, 'LocalDeliveryCancelReason', {
    description:
      '1 no longer needed, 2 price unsuitable, 3 wrong order info, 4 rider late for pickup, 5 rider late for delivery, 6 other (then cancelReason)',
    example: LocalDeliveryCancelReason.NoLongerNeeded,
    presence: 'optional',
  })
  cancelReasonId?: LocalDeliveryCancelReason;

  @TextField({
    description: 'The reason in words; required when cancelReasonId is 6',
    example: '顾客改约',
    maxCharacters: 256,
    presence: 'conditional',
  })
  @RequiredIf<LocalPreCancelOrderDto>(
    (dto) => dto.cancelReasonId === LocalDeliveryCancelReason.Other,
    REASON_OTHER,
  )
  cancelReason?: string;

  @ShopNoField()
  shopNo?: string;
}

/**
 * Input of `localDelivery.cancelOrder` (`order/cancel`, §3.11). The reason id
 * is required (OFF-NEW); the reason text only with id 6 — OFF-NEW marks it
 * required always, OFF-OLD optional (§7.5): asking for words the id already
 * says would refuse calls WeChat takes. SFTC needs the waybillId.
 */
export class LocalCancelOrderDto {
  @ShopIdField()
  shopId!: string;

  @ShopOrderIdField()
  shopOrderId!: string;

  @DeliveryIdField()
  deliveryId!: string;

  @WaybillIdField('conditional')
  @RequiredIf<LocalCancelOrderDto>(
    (dto) => dto.deliveryId === 'SFTC',
    'for SFTC (its cancel needs the waybill)',
  )
  waybillId?: string;

  @EnumField(LocalDeliveryCancelReason, 'LocalDeliveryCancelReason', {
    description:
      '1 no longer needed, 2 price unsuitable, 3 wrong order info, 4 rider late for pickup, 5 rider late for delivery, 6 other (then cancelReason)',
    example: LocalDeliveryCancelReason.NoLongerNeeded,
  })
  cancelReasonId!: LocalDeliveryCancelReason;

  @TextField({
    description: 'The reason in words; required when cancelReasonId is 6',
    example: '顾客改约',
    maxCharacters: 256,
    presence: 'conditional',
  })
  @RequiredIf<LocalCancelOrderDto>(
    (dto) => dto.cancelReasonId === LocalDeliveryCancelReason.Other,
    REASON_OTHER,
  )
  cancelReason?: string;

  @ShopNoField()
  shopNo?: string;
}

/**
 * Input of `localDelivery.abnormalConfirm` (`order/confirm_return`, §3.12):
 * the merchant got the goods back after a delivery exception.
 */
export class LocalAbnormalConfirmDto {
  @ShopIdField()
  shopId!: string;

  @ShopOrderIdField()
  shopOrderId!: string;

  @WaybillIdField()
  waybillId!: string;

  @ShopNoField()
  shopNo?: string;

  @TextField({
    description: 'Remark',
    example: '已收到退回商品',
    presence: 'optional',
  })
  remark?: string;
}

const STATUS_DESCRIPTION =
  'The status to set (101 … 502; LOCAL_DELIVERY_ORDER_STATUS)';

/**
 * Input of `localDelivery.realMockUpdateOrder` (`realmock_update_order`,
 * §3.14): a carrier test account's order (SFTC, DADA) moved in the carrier's
 * test system. Signed like the order calls.
 */
export class LocalRealMockUpdateOrderDto {
  @ShopIdField()
  shopId!: string;

  @ShopOrderIdField()
  shopOrderId!: string;

  @EnumField(LocalDeliveryOrderStatus, 'LocalDeliveryOrderStatus', {
    description: STATUS_DESCRIPTION,
    example: LocalDeliveryOrderStatus.RiderAssigned,
  })
  orderStatus!: LocalDeliveryOrderStatus;

  @UnixSecondsField('When it happened', 'required')
  actionTime!: number;

  @TextField({
    description: 'Free text',
    example: '骑手已接单',
    presence: 'optional',
  })
  actionMsg?: string;
}

/**
 * Input of `localDelivery.mockUpdateOrder` (`test_update_order`, §3.13): a
 * sandbox order (placed with deliveryId TEST, shopId test_shop_id) moved to
 * any status; WeChat then pushes update_waybill_status. Not signed (§4).
 */
export class LocalMockUpdateOrderDto extends LocalRealMockUpdateOrderDto {
  // The parent's rules (a non-empty string) apply too.
  @Equals(LOCAL_DELIVERY_SANDBOX_SHOP_ID, {
    message: `$property must be "${LOCAL_DELIVERY_SANDBOX_SHOP_ID}": mockUpdateOrder only moves sandbox orders (use realMockUpdateOrder for a carrier test account)`,
  })
  declare shopId: string;
}

/** Input of `localDelivery.bindAccount` (`shop/add`, §3.3; third-party platforms only). */
export class LocalBindAccountDto {
  @DeliveryIdField()
  deliveryId!: string;
}

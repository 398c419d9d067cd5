import { NestedField } from '../../core/validation/fields/nested-field.decorators';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';
import { LocalDeliveryCargoDto } from './local-delivery-cargo.dto';
import { LocalDeliveryOrderInfoDto } from './local-delivery-order-info.dto';
import { LocalDeliveryPersonDto } from './local-delivery-person.dto';
import { LocalDeliveryShopDto } from './local-delivery-shop.dto';
import {
  DeliveryIdField,
  ShopIdField,
  ShopNoField,
  ShopOrderIdField,
} from './local-delivery.fields';

/**
 * Input of `localDelivery.preAddOrder` (`order/pre_add`, §3.5): a quote and
 * a check, placing nothing. No `deliverySign`: the library computes it from
 * the shop's secret (the `localDelivery` option); one sent is refused.
 */
export class LocalPreAddOrderDto {
  @ShopIdField()
  shopId!: string;

  @ShopOrderIdField()
  shopOrderId!: string;

  @DeliveryIdField()
  deliveryId!: string;

  @TextField({
    description:
      "The ordering user's openid (in the sandbox an admin, operator or developer of the mini program)",
    example: 'oABC123',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  openid!: string;

  @ShopNoField()
  shopNo?: string;

  @TextField({
    description: 'Sub-merchant id inside the mini program',
    example: 'sub-1',
    maxBytes: IDENTIFIER_MAX_BYTES,
    presence: 'optional',
  })
  subBizId?: string;

  @NestedField(() => LocalDeliveryPersonDto, {
    description:
      'The store; SFTC (and SS for pre_add) need it, the others may use shopNo instead',
    presence: 'optional',
  })
  sender?: LocalDeliveryPersonDto;

  @NestedField(() => LocalDeliveryPersonDto, { description: 'The buyer' })
  receiver!: LocalDeliveryPersonDto;

  @NestedField(() => LocalDeliveryCargoDto, { description: 'What is carried' })
  cargo!: LocalDeliveryCargoDto;

  @NestedField(() => LocalDeliveryOrderInfoDto, {
    description: 'How and when',
  })
  orderInfo!: LocalDeliveryOrderInfoDto;

  @NestedField(() => LocalDeliveryShopDto, {
    description: "What the user's service notification shows",
  })
  shop!: LocalDeliveryShopDto;
}

/**
 * Input of `localDelivery.addOrder` (`order/add`, §3.6): places the order.
 * `deliveryToken` is the one a DADA (or sandbox) preAddOrder returned, valid
 * 3 minutes; optional (§7.2: only DADA issues one).
 */
export class LocalAddOrderDto extends LocalPreAddOrderDto {
  @TextField({
    description:
      "preAddOrder's deliveryToken (DADA; 3 minutes): keeps the quoted price",
    example: 'dada-token-abc',
    maxBytes: 512,
    presence: 'optional',
  })
  deliveryToken?: string;
}

/**
 * Input of `localDelivery.reOrder` (`order/readd`, §3.7): the same order
 * placed again, with the same shopOrderId, after a cancellation, expiry or
 * exception. MTPS does not support it (place a new shopOrderId with addOrder).
 */
export class LocalReOrderDto extends LocalAddOrderDto {}

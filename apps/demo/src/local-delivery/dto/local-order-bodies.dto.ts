import { OmitType } from '@nestjs/swagger';
import {
  LocalAbnormalConfirmDto,
  LocalAddTipDto,
  LocalCancelOrderDto,
  LocalGetOrderDto,
  LocalMockUpdateOrderDto,
  LocalPreCancelOrderDto,
  LocalReOrderDto,
  LocalRealMockUpdateOrderDto,
} from 'nestjs-wechat-logistics';

// The routes under /local-delivery/orders/:shopOrderId take the order id from
// the path; their bodies (and getOrder's query) are the library's inputs
// without it, validated by the same rules.

/** `POST …/orders/:shopOrderId/readd`. */
export class LocalReOrderBodyDto extends OmitType(LocalReOrderDto, [
  'shopOrderId',
] as const) {}

/** `POST …/orders/:shopOrderId/tips`. */
export class LocalAddTipBodyDto extends OmitType(LocalAddTipDto, [
  'shopOrderId',
] as const) {}

/** `GET …/orders/:shopOrderId?shopId=&shopNo=`. */
export class LocalGetOrderQueryDto extends OmitType(LocalGetOrderDto, [
  'shopOrderId',
] as const) {}

/** `POST …/orders/:shopOrderId/cancel-fee`. */
export class LocalPreCancelOrderBodyDto extends OmitType(
  LocalPreCancelOrderDto,
  ['shopOrderId'] as const,
) {}

/** `POST …/orders/:shopOrderId/cancel`. */
export class LocalCancelOrderBodyDto extends OmitType(LocalCancelOrderDto, [
  'shopOrderId',
] as const) {}

/** `POST …/orders/:shopOrderId/confirm-return`. */
export class LocalAbnormalConfirmBodyDto extends OmitType(
  LocalAbnormalConfirmDto,
  ['shopOrderId'] as const,
) {}

/** `POST /local-delivery/test/orders/:shopOrderId/status` (sandbox: shopId test_shop_id). */
export class LocalMockUpdateOrderBodyDto extends OmitType(
  LocalMockUpdateOrderDto,
  ['shopOrderId'] as const,
) {}

/** `POST /local-delivery/test/orders/:shopOrderId/realmock-status` (a carrier's test account). */
export class LocalRealMockUpdateOrderBodyDto extends OmitType(
  LocalRealMockUpdateOrderDto,
  ['shopOrderId'] as const,
) {}

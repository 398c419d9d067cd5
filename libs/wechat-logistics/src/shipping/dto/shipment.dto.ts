import { IsBoolean } from 'class-validator';
import { DeliveryMode, LogisticsType } from '../enums';
import { OrderKeyDto } from './order-key.dto';
import { ShippingItemDto } from './shipping-item.dto';
import { ApiField } from '../../core/validation/fields/api-field.decorator';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import {
  NestedField,
  NestedListField,
} from '../../core/validation/fields/nested-field.decorators';
import { CrossFieldRule } from '../../core/validation/cross-field-rule.decorator';
import {
  RequiredIf,
  WHEN_PRESENT,
  isPresent,
} from '../../core/validation/required-if.decorator';

/**
 * At most 15 packages in split delivery: WeChat's current pages say 15
 * (10060024 beyond); the older page, WxJava's comments and an EasyWeChat fork
 * say 10 (reference §8 #1). The current figure is taken.
 */
export const SPLIT_DELIVERY_MAX_PACKAGES = 15;

const split = (shipment: ShipmentDto) =>
  shipment.deliveryMode === DeliveryMode.Split;

/** The waybill fields an express package lacks, as `shippingList.0 lacks trackingNo`. */
function missingWaybillFields(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index) => {
    const given = (item ?? {}) as Partial<ShippingItemDto>;
    const missing = (['trackingNo', 'expressCompany'] as const).filter(
      (field) => !isPresent(given[field]),
    );
    return missing.length > 0
      ? [`shippingList.${index} lacks ${missing.join(' and ')}`]
      : [];
  });
}

/**
 * What is shipped for one payment (reference §4.1's body without `upload_time`
 * and `payer`; also one `sub_orders` item of §4.2): how (logistics type, one
 * package or several) and the packages. The cross-field rules are WeChat's,
 * checked here so the one allowed re-upload is never spent on a rejected one:
 * - unified delivery: exactly one package (268485228);
 * - split delivery: express only (10060006), 1–15 packages (10060024), and
 *   `isAllDelivered` (10060007);
 * - express: every package has `trackingNo` and `expressCompany`
 *   (268485226 / 268485227).
 */
export class ShipmentDto {
  @NestedField(() => OrderKeyDto, { description: 'Which payment' })
  orderKey!: OrderKeyDto;

  @EnumField(LogisticsType, 'LogisticsType', {
    description:
      '1 = express (快递), 2 = intracity (同城配送), 3 = virtual goods, 4 = self-pickup (用户自提)',
    example: LogisticsType.Express,
  })
  logisticsType!: LogisticsType;

  @EnumField(DeliveryMode, 'DeliveryMode', {
    description:
      '1 = unified (one package), 2 = split (several packages; express only)',
    example: DeliveryMode.Unified,
  })
  @CrossFieldRule<ShipmentDto>(
    'splitOnlyForExpress',
    (mode, shipment) =>
      mode !== DeliveryMode.Split ||
      shipment.logisticsType === LogisticsType.Express,
    'may be 2 (split) only when logisticsType is 1 (express)',
  )
  deliveryMode!: DeliveryMode;

  @ApiField({
    type: Boolean,
    required: false,
    description:
      'Split delivery: true when this upload carries the last package (only then is the buyer told shipping is complete); required when deliveryMode is 2',
    example: true,
  })
  @RequiredIf(split, 'when deliveryMode is 2 (split)')
  @IsBoolean(WHEN_PRESENT)
  isAllDelivered?: boolean;

  @NestedListField(() => ShippingItemDto, {
    description: `The packages, one item per parcel: exactly 1 in unified delivery, 1 to ${SPLIT_DELIVERY_MAX_PACKAGES} in split delivery`,
    minItems: 1,
    maxItems: SPLIT_DELIVERY_MAX_PACKAGES,
  })
  @CrossFieldRule<ShipmentDto>(
    'onePackageWhenUnified',
    (list, shipment) =>
      shipment.deliveryMode !== DeliveryMode.Unified ||
      !Array.isArray(list) ||
      list.length === 1,
    (list) =>
      `must have exactly 1 item when deliveryMode is 1 (unified)${Array.isArray(list) ? ` (got ${list.length})` : ''}`,
  )
  @CrossFieldRule<ShipmentDto>(
    'expressPackagesHaveWaybills',
    (list, shipment) =>
      shipment.logisticsType !== LogisticsType.Express ||
      missingWaybillFields(list).length === 0,
    (list) =>
      `items need trackingNo and expressCompany when logisticsType is 1 (express): ${missingWaybillFields(list).join('; ')}`,
  )
  shippingList!: ShippingItemDto[];
}

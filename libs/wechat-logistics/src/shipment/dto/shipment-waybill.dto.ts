import { Equals, ValidateIf } from 'class-validator';
import { AddOrderDto } from '../../logistics/dto/add-order.dto';

/**
 * `ship`'s `waybill`: addOrder's input without `orderId` — every rule of
 * {@link AddOrderDto} applies, by inheritance. The shipment's own `orderId`
 * is addOrder's, so one given here is refused rather than silently replaced.
 */
export class ShipmentWaybillDto extends AddOrderDto {
  // Not part of the waybill: AddOrderDto's rules for it are skipped unless it is given, and then it is refused.
  @ValidateIf((waybill: ShipmentWaybillDto) => waybill.orderId !== undefined)
  @Equals(undefined, {
    message:
      "$property is not taken here: the shipment's orderId is addOrder's",
  })
  declare orderId: string;
}

import { Transform } from 'class-transformer';
import { OrderNumberType } from '../../shipping/enums';
import { OrderKeyDto } from '../../shipping/dto/order-key.dto';

/**
 * Which payment the shipment releases: `{ transactionId }` or `{ mchid,
 * outTradeNo }` — the upload's order key (reference §3.1) without its
 * `orderNumberType`, which follows from the form given, so every rule of
 * {@link OrderKeyDto} applies as it is.
 */
export const ShipmentPaymentField = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => {
    if (value instanceof OrderKeyDto && value.orderNumberType === undefined)
      value.orderNumberType =
        value.transactionId !== undefined
          ? OrderNumberType.TransactionId
          : OrderNumberType.MerchantTradeNo;
    return value;
  });

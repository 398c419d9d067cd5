import { IsNotEmpty, IsOptional, IsString } from 'class-validator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';
import { MaxBytes } from '../../core/validation/max-bytes.decorator';
import { ApiField } from '../../core/validation/fields/api-field.decorator';

/** Input of `logistics.cancelOrder` (`POST /cgi-bin/express/business/order/cancel`). */
export class CancelOrderDto {
  @ApiField({
    description: 'Merchant order id given to addOrder (≤ 512 UTF-8 bytes)',
    example: 'ORDER-20261126-0001',
  })
  @IsString()
  @IsNotEmpty()
  @MaxBytes(512)
  orderId!: string;

  @ApiField({
    description: `Carrier id, from getAllDelivery (≤ ${IDENTIFIER_MAX_BYTES} UTF-8 bytes)`,
    example: 'TEST',
  })
  @IsString()
  @IsNotEmpty()
  @MaxBytes(IDENTIFIER_MAX_BYTES)
  deliveryId!: string;

  @ApiField({
    description: `Waybill id returned by addOrder (≤ ${IDENTIFIER_MAX_BYTES} UTF-8 bytes)`,
    example: 'TEST-WB-0001',
  })
  @IsString()
  @IsNotEmpty()
  @MaxBytes(IDENTIFIER_MAX_BYTES)
  waybillId!: string;

  @ApiField({
    required: false,
    description: `User's openid (≤ ${IDENTIFIER_MAX_BYTES} UTF-8 bytes); not needed for App/H5 orders (add_source = 2). Omitted from the request when absent.`,
    example: 'oUser0000000000000000000001',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxBytes(IDENTIFIER_MAX_BYTES)
  openid?: string;
}

import { IsNotEmpty, IsOptional, IsString } from 'class-validator';
import { MaxBytes } from '../validation/max-bytes.decorator';
import { ApiField } from './fields/api-field.decorator';
import { PlainDto } from '../validation/plain-dto.decorator';

/** Input of `logistics.cancelOrder` (`POST /cgi-bin/express/business/order/cancel`). */
@PlainDto()
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
    description: 'Carrier id, from getAllDelivery',
    example: 'TEST',
  })
  @IsString()
  @IsNotEmpty()
  deliveryId!: string;

  @ApiField({
    description: 'Waybill id returned by addOrder',
    example: 'TEST-WB-0001',
  })
  @IsString()
  @IsNotEmpty()
  waybillId!: string;

  @ApiField({
    required: false,
    description:
      "User's openid; not needed for App/H5 orders (add_source = 2). Omitted from the request when absent.",
    example: 'oUser0000000000000000000001',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  openid?: string;
}

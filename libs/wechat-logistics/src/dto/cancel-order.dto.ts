import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString } from 'class-validator';
import { MaxBytes } from '../validation/max-bytes.decorator';

/** Input of `logistics.cancelOrder` (`POST /cgi-bin/express/business/order/cancel`). */
export class CancelOrderDto {
  @ApiProperty({
    description: 'Merchant order id given to addOrder (≤ 512 UTF-8 bytes)',
    example: 'ORDER-20261126-0001',
  })
  @IsString()
  @IsNotEmpty()
  @MaxBytes(512)
  orderId!: string;

  @ApiProperty({
    description: 'Carrier id, from getAllDelivery',
    example: 'TEST',
  })
  @IsString()
  @IsNotEmpty()
  deliveryId!: string;

  @ApiProperty({
    description: 'Waybill id returned by addOrder',
    example: 'TEST-WB-0001',
  })
  @IsString()
  @IsNotEmpty()
  waybillId!: string;

  @ApiPropertyOptional({
    description:
      "User's openid; not needed for App/H5 orders (add_source = 2). Omitted from the request when absent.",
    example: 'oUser0000000000000000000001',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  openid?: string;
}

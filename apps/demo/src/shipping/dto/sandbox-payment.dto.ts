import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Min } from 'class-validator';

/** `POST /shipping/test/payments`: a payment as WeChat Pay would make it; every field optional. */
export class CreateSandboxPaymentDto {
  @ApiPropertyOptional({
    description: "The payer's openid: uploads must name it (payer.openid)",
    default: 'oSandboxUser0000000000000001',
  })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  payerOpenid?: string;

  @ApiPropertyOptional({ description: 'Amount paid, in fen', default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  amount?: number;

  @ApiPropertyOptional({ example: '咖啡豆', default: '' })
  @IsOptional()
  @IsString()
  @Length(0, 120)
  description?: string;
}

/** A sandbox payment as the emulator holds it: what the shipping routes and pushes name. */
export class SandboxPaymentResult {
  @ApiProperty({ example: '4200000000176414040000000003' })
  transactionId!: string;

  @ApiProperty({ example: '1900000109' })
  merchantId!: string;

  @ApiProperty({ example: 'EMU00000004' })
  merchantTradeNo!: string;

  @ApiProperty({ example: 'oSandboxUser0000000000000001' })
  payerOpenid!: string;

  @ApiProperty({
    description:
      'order_state: 1 待发货, 2 已发货, 3 确认收货, 4 交易完成, 5 已退款, 6 资金待结算',
    example: 1,
  })
  orderState!: number;

  @ApiProperty({ example: '待发货 · awaiting shipment' })
  state!: string;
}

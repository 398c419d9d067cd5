import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * OpenAPI's view of a received 发货信息管理 push (the library's
 * OrderSettlementEvent or RemindShippingEvent, camelCase), as
 * `GET /shipping/orders/:transactionId/events` lists it.
 */
export class ReceivedShippingEventSchema {
  @ApiProperty({
    enum: ['trade_manage_order_settlement', 'trade_manage_remind_shipping'],
  })
  event!: string;

  @ApiPropertyOptional({
    enum: ['shipped', 'settled'],
    description:
      'Settlement pushes only: `shipped` (will settle at estimatedSettlementTime) or `settled`',
  })
  stage?: 'shipped' | 'settled';

  @ApiProperty({ example: 'gh_0123456789ab' })
  toUserName!: string;

  @ApiProperty({ example: 'oSystem000000000000000000000' })
  fromUserName!: string;

  @ApiProperty({ description: 'Unix seconds', example: 1764140400 })
  createTime!: number;

  @ApiProperty({ example: 'event' })
  msgType!: string;

  @ApiProperty({ example: '4200000000176414040000000003' })
  transactionId!: string;

  @ApiProperty({ example: '1900000109' })
  merchantId!: string;

  @ApiProperty({ example: '' })
  subMerchantId!: string;

  @ApiProperty({ example: 'EMU00000004' })
  merchantTradeNo!: string;

  @ApiProperty({ description: 'Unix seconds', example: 1764140000 })
  payTime!: number;

  @ApiPropertyOptional({ description: 'Unix seconds', example: 1764140400 })
  shippedTime?: number;

  @ApiPropertyOptional({
    description: 'stage shipped: Unix seconds',
    example: 1765004400,
  })
  estimatedSettlementTime?: number;

  @ApiPropertyOptional({
    description: 'stage settled: 1 automatic, 2 the buyer confirmed',
    example: 2,
  })
  confirmReceiveMethod?: number;

  @ApiPropertyOptional({ description: 'stage settled: Unix seconds' })
  confirmReceiveTime?: number;

  @ApiPropertyOptional({ description: 'stage settled: Unix seconds' })
  settlementTime?: number;

  @ApiPropertyOptional({
    description: "Reminders only: WeChat's text",
    example: 'order unshipped for 48 hours',
  })
  msg?: string;

  @ApiPropertyOptional({ example: 'wx0000000000emulator' })
  appId?: string;

  @ApiProperty({ example: '2025-11-26T07:00:01.000Z' })
  receivedAt!: string;
}

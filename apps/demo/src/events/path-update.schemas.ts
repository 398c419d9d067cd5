import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** OpenAPI's view of the library's PathUpdateAction. */
export class PathUpdateActionSchema {
  @ApiProperty({ description: 'Unix seconds', example: 1764140400 })
  actionTime!: number;

  @ApiProperty({
    description: '§2.8 action type (100001 picked up … 300003 delivered)',
    example: 100001,
  })
  actionType!: number;

  @ApiProperty({ example: '揽件成功' })
  actionMsg!: string;
}

/** OpenAPI's view of the library's PathUpdateEvent (add_express_path, camelCase). */
export class PathUpdateEventSchema {
  @ApiProperty({ example: 'gh_0123456789ab' })
  toUserName!: string;

  @ApiProperty({ example: 'oSandboxUser0000000000000001' })
  fromUserName!: string;

  @ApiProperty({ description: 'Unix seconds', example: 1764140400 })
  createTime!: number;

  @ApiProperty({ example: 'event' })
  msgType!: string;

  @ApiProperty({ example: 'add_express_path' })
  event!: string;

  @ApiProperty({ example: 'TEST' })
  deliveryId!: string;

  @ApiProperty({ example: 'TEST1764140400123' })
  waybillId!: string;

  @ApiProperty({ example: 'WALK-1' })
  orderId!: string;

  @ApiProperty({
    description: 'Grows with every update of the track',
    example: 1,
  })
  version!: number;

  @ApiProperty({ example: 1 })
  count!: number;

  @ApiProperty({
    type: [PathUpdateActionSchema],
    description: 'The whole track so far',
  })
  actions!: PathUpdateActionSchema[];
}

/** A push as the demo received it (`GET /logistics/orders/:orderId/events`). */
export class ReceivedPathUpdateSchema extends PathUpdateEventSchema {
  @ApiPropertyOptional({ example: 'wx0000000000emulator' })
  appId?: string;

  @ApiProperty({
    description: 'Arrived after a newer version of the same track',
    example: false,
  })
  stale!: boolean;

  @ApiProperty({ example: '2025-11-26T07:00:01.000Z' })
  receivedAt!: string;
}

/** The library's FailedPushDelivery (durable delivery's failed set). */
export class FailedPushDeliverySchema {
  @ApiProperty({
    description: 'Pass it to the replay',
    example: 'wx0000000000emulator|TEST|TEST1764140400123|1',
  })
  id!: string;

  @ApiPropertyOptional({ example: 'wx0000000000emulator' })
  appId?: string;

  @ApiProperty({ type: PathUpdateEventSchema })
  event!: PathUpdateEventSchema;

  @ApiProperty({ description: 'Runs of the handlers so far', example: 8 })
  attempts!: number;

  @ApiProperty({
    description: 'The last failure',
    example:
      'logistics.onPathUpdate order WALK-1 waybill TEST1764140400123 version 1: handler(s) ReceivedEventsStore.record failed; WeChat will re-send the push',
  })
  reason!: string;

  @ApiPropertyOptional({ example: '2025-11-26T07:04:15.000Z' })
  failedAt?: string;
}

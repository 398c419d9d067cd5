import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * The library's `ShipmentResult` and `ShipmentState` are interfaces; these
 * classes only give them a schema in OpenAPI. The routes answer the
 * library's objects as they are.
 */
export class ShipmentResultSchema {
  @ApiProperty({ example: 'SHIP-1' })
  orderId!: string;

  @ApiProperty({
    description: "The logistics assistant's carrier id",
    example: 'TEST',
  })
  deliveryId!: string;

  @ApiProperty({ example: 'TEST1764140400123' })
  waybillId!: string;

  @ApiProperty({
    description:
      'The carrier code the shipping info was uploaded with (物流服务’s, mapped from deliveryId)',
    example: 'TEST',
  })
  expressCompany!: string;

  @ApiProperty({
    description:
      'WeChat holds the payment’s shipping info (uploaded now, or found there)',
    example: true,
  })
  shippingUploaded!: boolean;

  @ApiPropertyOptional({
    description:
      'The tracking component’s token, when tracking was asked for: the mini program opens the buyer’s tracking page with it',
    example: 'o_ARWHaxIxzWHmdui-AIw9KBr8qNnbmc08V0KhDyXE-IMLo6AcOqJkPsNLcLzfTb',
  })
  waybillToken?: string;
}

export class ShipmentStepErrorSchema {
  @ApiProperty({
    description:
      'The step’s error: WeChat’s errcode and errmsg, or the transport failure',
    example:
      'WeChat answered shipping.uploadShippingInfo with errcode 10060003: 订单已发货，无法重复发货',
  })
  message!: string;

  @ApiPropertyOptional({ example: 10060003 })
  errcode?: number;

  @ApiProperty({
    description: 'The status a route answers this error with',
    example: 400,
  })
  httpStatus!: number;
}

export class StepStateSchema {
  @ApiProperty({
    enum: ['pending', 'running', 'done', 'failed', 'skipped'],
    example: 'done',
    description:
      'running: started and not known to have ended (the next run checks WeChat before acting); skipped: tracking was not asked for',
  })
  status!: string;

  @ApiProperty({
    description: 'Runs started so far (a re-run after a crash counts)',
    example: 1,
  })
  attempts!: number;

  @ApiPropertyOptional({ example: '2025-11-26T07:00:00.000Z' })
  startedAt?: string;

  @ApiPropertyOptional({ example: '2025-11-26T07:00:00.200Z' })
  finishedAt?: string;

  @ApiPropertyOptional({
    description:
      'waybill: { deliveryId, waybillId }; shippingInfo: { expressCompany }; tracking: { mode, waybillToken }',
    type: 'object',
    additionalProperties: true,
    example: { deliveryId: 'TEST', waybillId: 'TEST1764140400123' },
  })
  result?: Record<string, unknown>;

  @ApiPropertyOptional({ type: ShipmentStepErrorSchema })
  error?: ShipmentStepErrorSchema;
}

export class ShipmentStepsSchema {
  @ApiProperty({ type: StepStateSchema })
  waybill!: StepStateSchema;

  @ApiProperty({ type: StepStateSchema })
  shippingInfo!: StepStateSchema;

  @ApiProperty({ type: StepStateSchema })
  tracking!: StepStateSchema;
}

export class ShipmentStateSchema {
  @ApiProperty({ example: 'SHIP-1' })
  orderId!: string;

  @ApiProperty({ example: 'wx0000000000emulator' })
  appId!: string;

  @ApiProperty({ example: '2025-11-26T07:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ example: '2025-11-26T07:00:00.600Z' })
  updatedAt!: string;

  @ApiProperty({
    enum: ['queued', 'running', 'completed', 'failed'],
    example: 'completed',
    description:
      'queued: recorded by POST /shipments?wait=false, waiting for the queue’s worker',
  })
  status!: string;

  @ApiProperty({ type: ShipmentStepsSchema })
  steps!: ShipmentStepsSchema;
}

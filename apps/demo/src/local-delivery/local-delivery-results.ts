import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type GetAllImmeDeliveryResult,
  type GetBindAccountResult,
  type LocalAddOrderResult,
  type LocalBoundAccount,
  type LocalCancelResult,
  type LocalDeliveryCarrier,
  type LocalDeliveryOrderStatusInfo,
  type LocalGetOrderResult,
  type LocalPreAddOrderResult,
} from 'nestjs-wechat-logistics';

// The library's 即时配送 results are interfaces; these classes are their
// OpenAPI schemas, checked against them by `implements`.

class LocalDeliveryCarrierSchema implements LocalDeliveryCarrier {
  @ApiProperty({ example: 'SFTC' })
  deliveryId!: string;

  @ApiProperty({ example: '顺丰同城急送' })
  deliveryName!: string;
}

export class GetAllImmeDeliveryResultSchema implements GetAllImmeDeliveryResult {
  @ApiProperty({ type: [LocalDeliveryCarrierSchema] })
  list!: LocalDeliveryCarrierSchema[];
}

class LocalBoundAccountSchema implements LocalBoundAccount {
  @ApiProperty({
    description: 'The carrier appkey: what the order calls take as shopId',
    example: '1534713176',
  })
  shopId!: string;

  @ApiProperty({ example: 'SFTC' })
  deliveryId!: string;

  @ApiProperty({
    description: '0 approved, 1 under review, 2 rejected',
    example: 0,
  })
  auditResult!: number;
}

export class GetBindAccountResultSchema implements GetBindAccountResult {
  @ApiProperty({ type: [LocalBoundAccountSchema] })
  shopList!: LocalBoundAccountSchema[];
}

/** Fees in yuan (≤ 2 decimals), distance in metres, dispatchDuration in seconds. */
export class LocalPreAddOrderResultSchema implements LocalPreAddOrderResult {
  @ApiProperty({ description: 'Yuan: deliverFee − couponFee', example: 9.5 })
  fee!: number;

  @ApiProperty({ description: 'Yuan', example: 9.5 })
  deliverFee!: number;

  @ApiProperty({ description: 'Yuan', example: 0 })
  couponFee!: number;

  @ApiProperty({ description: 'Yuan', example: 0 })
  tips!: number;

  @ApiProperty({ description: 'Yuan', example: 0 })
  insuranceFee!: number;

  @ApiProperty({ description: 'Metres', example: 2120 })
  distance!: number;

  @ApiProperty({
    description: 'Seconds until a rider is expected to accept; 0 unknown',
    example: 300,
  })
  dispatchDuration!: number;

  @ApiPropertyOptional({
    description:
      'DADA and the sandbox: valid 3 minutes; give it to addOrder to keep the price',
    example: '3f6c1b2a9d8e4f5a6b7c8d9e0f1a2b3c',
  })
  deliveryToken?: string;
}

export class LocalAddOrderResultSchema
  extends LocalPreAddOrderResultSchema
  implements LocalAddOrderResult
{
  @ApiProperty({ example: 'LOCAL-1_waybillid' })
  waybillId!: string;

  @ApiProperty({
    description: '101 (waiting for a rider) on creation',
    example: 101,
  })
  orderStatus!: number;

  @ApiProperty({ description: "The user's receive code, else 0", example: 0 })
  finishCode!: number;

  @ApiProperty({ description: "The store's pickup code, else 0", example: 0 })
  pickupCode!: number;
}

class LocalOrderStatusInfoSchema implements LocalDeliveryOrderStatusInfo {
  @ApiProperty({ example: '配送中' })
  zh!: string;

  @ApiProperty({ example: 'in delivery' })
  en!: string;

  @ApiPropertyOptional({
    enum: ['success', 'fail'],
    description: 'Set on a final state: success (302) or fail',
  })
  final!: 'success' | 'fail' | undefined;
}

export class LocalGetOrderResultSchema implements LocalGetOrderResult {
  @ApiProperty({ example: 301 })
  orderStatus!: number;

  @ApiPropertyOptional({
    type: LocalOrderStatusInfoSchema,
    description: 'Absent for a status WeChat has not documented',
  })
  orderStatusInfo!: LocalOrderStatusInfoSchema | undefined;

  @ApiProperty({ example: 'LOCAL-1_waybillid' })
  waybillId!: string;

  @ApiPropertyOptional({
    description: 'From 102 on; masked by carriers',
    example: '谢**',
  })
  riderName?: string;

  @ApiPropertyOptional({ example: '137******2' })
  riderPhone?: string;

  @ApiPropertyOptional({ example: 113.93 })
  riderLng?: number;

  @ApiPropertyOptional({ example: 22.53 })
  riderLat?: number;

  @ApiPropertyOptional({
    description:
      "Seconds remaining until arrival (a countdown, not the push's reach_time timestamp)",
    example: 1200,
  })
  reachInSeconds?: number;
}

export class LocalCancelResultSchema implements LocalCancelResult {
  @ApiProperty({ description: 'The cancel fee, yuan', example: 2 })
  deductFee!: number;

  @ApiProperty({
    description: "The carrier's explanation, or ''",
    example: '骑手已接单，扣除违约金',
  })
  desc!: string;
}

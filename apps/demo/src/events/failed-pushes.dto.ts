import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { type WechatTypedEventName } from 'nestjs-wechat-logistics';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
} from 'class-validator';

/** Every typed event: a Record, so an event the library adds is a compile error here until listed. */
const TYPED_EVENT_NAMES: Record<WechatTypedEventName, true> = {
  add_express_path: true,
  trade_manage_remind_access_api: true,
  trade_manage_remind_shipping: true,
  trade_manage_order_settlement: true,
  update_waybill_status: true,
};
export type FailedPushEvent = WechatTypedEventName | '*';
const FAILED_PUSH_EVENTS = [
  ...(Object.keys(TYPED_EVENT_NAMES) as WechatTypedEventName[]),
  '*',
] as const;

/** `GET /logistics/events/failed?event=&limit=&offset=`. */
export class FailedPushesQueryDto {
  @ApiPropertyOptional({
    enum: FAILED_PUSH_EVENTS,
    default: 'add_express_path',
    description:
      'Which failed events: one typed event by name, or * for every kind (path updates are the default)',
  })
  @IsOptional()
  @IsIn(FAILED_PUSH_EVENTS)
  event?: FailedPushEvent;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

/** `POST /logistics/events/failed/replay`: the ids to replay, or none for every failed event. */
export class ReplayFailedPushesDto {
  @ApiPropertyOptional({
    type: [String],
    description:
      'Ids from GET /logistics/events/failed; absent: replay them all',
    example: ['wx0000000000sandbox|SF|SF1234567890|3'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  ids?: string[];
}

export class ReplayFailedPushesResult {
  @ApiProperty({ description: 'Events moved back to the queue', example: 2 })
  replayed!: number;
}

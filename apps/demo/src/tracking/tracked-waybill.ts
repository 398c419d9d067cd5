import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type ReceivedPathUpdate } from '../events/received-path-update';
import { actionTypeInWords } from './action-type-words';
import { WaybillBuyerLinks } from './waybill-buyer-links';
import { WaybillShipping } from './waybill-shipping';

export class TrackingNode {
  @ApiProperty({
    example: '2025-11-26T07:00:00.000Z',
    description: 'When it happened (ISO 8601, UTC)',
  })
  time!: string;

  @ApiProperty({ example: 100001 })
  actionType!: number;

  @ApiProperty({
    example: '揽件成功 · picked up',
    description: 'The action type in words',
  })
  action!: string;

  @ApiProperty({ example: '快件已被顺丰速运【深圳南山】收取' })
  message!: string;
}

/** One waybill's timeline as the tracking page shows it: the newest track WeChat pushed. */
export class TrackedWaybill {
  @ApiPropertyOptional({ example: 'wx0123456789abcdef' })
  appId?: string;

  @ApiProperty({ example: 'WALK-1' })
  orderId!: string;

  @ApiProperty({ example: 'TEST' })
  deliveryId!: string;

  @ApiProperty({ example: 'WB1764140400123' })
  waybillId!: string;

  @ApiProperty({
    example: 2,
    description: "The track's version: grows with every update",
  })
  version!: number;

  @ApiProperty({ example: '2025-11-26T07:00:01.000Z' })
  receivedAt!: string;

  @ApiProperty({ type: [TrackingNode], description: 'Oldest first' })
  nodes!: TrackingNode[];

  @ApiPropertyOptional({
    type: WaybillShipping,
    description:
      'The payment whose shipping info names this waybill, once a settlement push for it arrived (GET /tracking/waybills only; the stream sends it as `event: shipping`)',
  })
  shipping?: WaybillShipping;

  @ApiPropertyOptional({
    type: WaybillBuyerLinks,
    description:
      'The tokens the waybill was registered for buyer tracking with, and the returns of its goods, once the demo made one (GET /tracking/waybills only; the stream sends it as `event: buyer`)',
  })
  buyer?: WaybillBuyerLinks;
}

/** A received push as a timeline; every push carries the whole track so far. */
export function toTrackedWaybill(update: ReceivedPathUpdate): TrackedWaybill {
  return {
    appId: update.appId,
    orderId: update.orderId,
    deliveryId: update.deliveryId,
    waybillId: update.waybillId,
    version: update.version,
    receivedAt: update.receivedAt,
    nodes: [...update.actions]
      .sort((a, b) => a.actionTime - b.actionTime)
      .map((action) => ({
        time: new Date(action.actionTime * 1000).toISOString(),
        actionType: action.actionType,
        action: actionTypeInWords(action.actionType),
        message: action.actionMsg,
      })),
  };
}

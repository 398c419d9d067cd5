import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type EventIdentity } from '../events/event-log';

/**
 * What the demo learnt about a waybill's buyer side, one fact at a time, as
 * its routes and sandbox controls see WeChat's answers: a token registered
 * for buyer tracking, a return created for the waybill's goods, that
 * return's latest state, its release. WeChat pushes none of this (reference
 * §6), so the demo records what it was told.
 */
export type WaybillLinkRecord =
  | {
      /** `trace`: the query component's token (traceWaybill); `follow`: the message component's (followWaybill). */
      readonly kind: 'trace' | 'follow';
      readonly token: string;
      readonly at: string;
    }
  | {
      readonly kind: 'return';
      readonly returnId: string;
      /** Issued by legacyAddReturnId (`/return/*`): read and released with the legacy calls. */
      readonly legacy: boolean;
      readonly shopOrderId: string;
      readonly at: string;
    }
  | {
      readonly kind: 'return-state';
      readonly returnId: string;
      readonly status: number;
      readonly returnWaybillId: string;
      readonly orderStatus?: number;
      readonly deliveryId?: string;
      readonly deliveryName?: string;
      readonly at: string;
    }
  | {
      readonly kind: 'return-unbound';
      readonly returnId: string;
      readonly at: string;
    };

/** The same fact told twice (a token registered once, a state read again) is kept once. */
export const waybillLinkIdentity: EventIdentity<WaybillLinkRecord> = (
  record,
): Record<string, string | number> => {
  switch (record.kind) {
    case 'trace':
    case 'follow':
      return { kind: record.kind, token: record.token };
    case 'return-state':
      return {
        kind: record.kind,
        returnId: record.returnId,
        status: record.status,
        returnWaybillId: record.returnWaybillId,
        orderStatus: record.orderStatus ?? '',
      };
    default:
      return { kind: record.kind, returnId: record.returnId };
  }
};

export class LinkedToken {
  @ApiProperty({
    description: 'The waybill_token WeChat issued (opaque)',
    example: 'o_ARWHaxIxzWHmdui-AIw9KBr8qNnbmc08V0KhDyXE-IMLo6AcOqJkPsNLcLzfTb',
  })
  token!: string;

  @ApiProperty({ example: '2025-11-26T07:00:02.000Z' })
  registeredAt!: string;
}

/** A return of the waybill's goods, as last read (getReturnId) or filed in the sandbox. */
export class LinkedReturn {
  @ApiProperty({
    description: 'A string of digits (19 in WeChat examples): never a number',
    example: '1935761508265738242',
  })
  returnId!: string;

  @ApiProperty({
    description:
      'Issued by the legacy 退货组件 call (/returns/legacy…), read and released with the legacy calls',
    example: false,
  })
  legacy!: boolean;

  @ApiProperty({ example: 'RETURN-WALK-1' })
  shopOrderId!: string;

  @ApiPropertyOptional({
    description:
      'How the buyer sends it back: 0 not chosen yet, 1 pick-up booked, 2 self-shipped (absent until the demo read or filed it)',
    example: 2,
  })
  status?: number;

  @ApiPropertyOptional({
    description: 'status in words',
    example: '填写自行寄回运单号 · buyer self-shipped and typed the waybill',
  })
  state?: string;

  @ApiPropertyOptional({
    description: "The return waybill's number ('' until the buyer chose)",
    example: 'SF1234567890',
  })
  returnWaybillId?: string;

  @ApiPropertyOptional({ example: 'SF' })
  deliveryId?: string;

  @ApiPropertyOptional({ example: '顺丰速运' })
  deliveryName?: string;

  @ApiPropertyOptional({
    description: "order_status: the return waybill's state",
    example: 2,
  })
  orderStatus?: number;

  @ApiPropertyOptional({
    description: 'order_status in words',
    example: '运输中 · in transit',
  })
  waybillState?: string;

  @ApiProperty({
    description: 'Released with unbind: no goods need to come back',
    example: false,
  })
  unbound!: boolean;

  @ApiProperty({ example: '2025-11-26T07:00:03.000Z' })
  updatedAt!: string;
}

/**
 * A waybill's buyer side as the tracking page shows it beside the track: the
 * tokens the mini program opens WeChat's tracking with (query component) or
 * that notify the buyer (message component), and the returns of its goods.
 */
export class WaybillBuyerLinks {
  @ApiPropertyOptional({ example: 'wx0000000000emulator' })
  appId?: string;

  @ApiProperty({
    description: "The carrier's tracking number",
    example: 'WB1764140400123',
  })
  waybillId!: string;

  @ApiProperty({
    type: [LinkedToken],
    description:
      'traceWaybill tokens (查询组件), oldest first: each registration gets a new one, and any of them opens the tracking page',
  })
  traceTokens!: LinkedToken[];

  @ApiProperty({
    type: [LinkedToken],
    description: 'followWaybill tokens (物流消息), oldest first',
  })
  followTokens!: LinkedToken[];

  @ApiProperty({ type: [LinkedReturn], description: 'Oldest first' })
  returns!: LinkedReturn[];

  @ApiProperty({ example: '2025-11-26T07:00:03.000Z' })
  updatedAt!: string;
}

/** How the page words a return's two numbers; the library's enums supply the words. */
export interface ReturnWords {
  status(status: number): string;
  orderStatus(orderStatus: number): string;
}

/** A waybill's recorded facts, oldest first, folded into what the page shows; `undefined` when there are none. */
export function toWaybillBuyerLinks(
  appId: string | undefined,
  waybillId: string,
  records: readonly WaybillLinkRecord[],
  words: ReturnWords,
): WaybillBuyerLinks | undefined {
  if (records.length === 0) return undefined;
  const links: WaybillBuyerLinks = {
    ...(appId === undefined ? {} : { appId }),
    waybillId,
    traceTokens: [],
    followTokens: [],
    returns: [],
    updatedAt: records[records.length - 1].at,
  };
  const returns = new Map<string, LinkedReturn>();
  const returnOf = (returnId: string, at: string): LinkedReturn => {
    let linked = returns.get(returnId);
    if (!linked) {
      // A state recorded for a return whose creation fell off the log's bound.
      linked = {
        returnId,
        legacy: false,
        shopOrderId: '',
        unbound: false,
        updatedAt: at,
      };
      returns.set(returnId, linked);
    }
    linked.updatedAt = at;
    return linked;
  };
  for (const record of records) {
    switch (record.kind) {
      case 'trace':
        links.traceTokens.push({
          token: record.token,
          registeredAt: record.at,
        });
        break;
      case 'follow':
        links.followTokens.push({
          token: record.token,
          registeredAt: record.at,
        });
        break;
      case 'return':
        Object.assign(returnOf(record.returnId, record.at), {
          legacy: record.legacy,
          shopOrderId: record.shopOrderId,
        });
        break;
      case 'return-state': {
        const linked = returnOf(record.returnId, record.at);
        linked.status = record.status;
        linked.state = words.status(record.status);
        linked.returnWaybillId = record.returnWaybillId;
        setOrDelete(linked, 'deliveryId', record.deliveryId);
        setOrDelete(linked, 'deliveryName', record.deliveryName);
        if (record.orderStatus === undefined) {
          delete linked.orderStatus;
          delete linked.waybillState;
        } else {
          linked.orderStatus = record.orderStatus;
          linked.waybillState = words.orderStatus(record.orderStatus);
        }
        break;
      }
      case 'return-unbound':
        returnOf(record.returnId, record.at).unbound = true;
        break;
    }
  }
  links.returns = [...returns.values()];
  return links;
}

function setOrDelete<K extends 'deliveryId' | 'deliveryName'>(
  target: LinkedReturn,
  key: K,
  value: string | undefined,
): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

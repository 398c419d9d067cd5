import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ShipmentState,
  type ShipmentStepName,
  type ShipmentStepResults,
  type ShipmentStepStatus,
  type StepState,
} from 'nestjs-wechat-logistics';

type ShipmentStatus = ShipmentState['status'];

/** The three steps in the order they run, each in WeChat's family's words, then English. */
const STEP_LABELS: Readonly<Record<ShipmentStepName, string>> = {
  waybill: '运单 · waybill',
  shippingInfo: '发货信息 · shipping info',
  tracking: '物流跟踪 · buyer tracking',
};

const STEP_WORDS: Readonly<Record<ShipmentStepStatus, string>> = {
  pending: '待办 · pending',
  running: '进行中 · running',
  done: '完成 · done',
  failed: '失败 · failed',
  skipped: '未要求 · not asked',
};

const SHIPMENT_WORDS: Readonly<Record<ShipmentStatus, string>> = {
  queued: '排队中 · queued',
  running: '发货中 · shipping',
  completed: '已发货 · shipped',
  failed: '失败 · failed',
};

export class ShipmentStepError {
  @ApiProperty({
    example:
      'WeChat rejected shipping.uploadShippingInfo: errcode 10060003 (…)',
  })
  message!: string;

  @ApiPropertyOptional({ example: 10060003 })
  errcode?: number;

  @ApiProperty({
    description: 'The status the demo answers such an error with',
    example: 400,
  })
  httpStatus!: number;
}

export class TrackedShipmentStep {
  @ApiProperty({
    enum: ['waybill', 'shippingInfo', 'tracking'],
    example: 'waybill',
  })
  step!: ShipmentStepName;

  @ApiProperty({ example: '运单 · waybill' })
  label!: string;

  @ApiProperty({
    enum: ['pending', 'running', 'done', 'failed', 'skipped'],
    example: 'done',
  })
  status!: ShipmentStepStatus;

  @ApiProperty({ example: '完成 · done' })
  state!: string;

  @ApiProperty({
    description: 'Runs of the step so far (retries count)',
    example: 1,
  })
  attempts!: number;

  @ApiPropertyOptional({
    description: 'What the step got, in words',
    example: 'TEST WB1764140400123',
  })
  outcome?: string;

  @ApiPropertyOptional({ type: ShipmentStepError })
  error?: ShipmentStepError;
}

/**
 * One shipment (`POST /shipments`) as the tracking page shows it: its three
 * steps, each with its state, attempts and error, and — once the waybill
 * step has one — the waybill whose track and payment settlement the page
 * shows beside it.
 */
export class TrackedShipment {
  @ApiPropertyOptional({ example: 'wx0000000000emulator' })
  appId?: string;

  @ApiProperty({
    description: "The merchant's order id: the shipment's key",
    example: 'SHIP-1',
  })
  orderId!: string;

  @ApiProperty({
    enum: ['queued', 'running', 'completed', 'failed'],
    example: 'completed',
  })
  status!: ShipmentStatus;

  @ApiProperty({ example: '已发货 · shipped' })
  state!: string;

  @ApiPropertyOptional({ example: 'TEST' })
  deliveryId?: string;

  @ApiPropertyOptional({
    description: 'Once the waybill step made it',
    example: 'WB1764140400123',
  })
  waybillId?: string;

  @ApiProperty({ example: '2025-11-26T07:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({
    description: 'Grows with every recorded change: a page keeps the latest',
    example: '2025-11-26T07:00:01.000Z',
  })
  updatedAt!: string;

  @ApiProperty({
    type: [TrackedShipmentStep],
    description: 'waybill, shippingInfo, tracking: the order they run in',
  })
  steps!: TrackedShipmentStep[];
}

/** The library's shipment state as the page shows it: the steps in order, each in words. */
export function toTrackedShipment(state: ShipmentState): TrackedShipment {
  const waybill = state.steps.waybill.result;
  return {
    // '' is a default app configured without an AppID.
    ...(state.appId !== '' && { appId: state.appId }),
    orderId: state.orderId,
    status: state.status,
    state: SHIPMENT_WORDS[state.status] ?? state.status,
    ...(waybill?.deliveryId !== undefined && {
      deliveryId: waybill.deliveryId,
    }),
    ...(waybill?.waybillId !== undefined && { waybillId: waybill.waybillId }),
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
    steps: [
      toTrackedStep('waybill', state.steps.waybill),
      toTrackedStep('shippingInfo', state.steps.shippingInfo),
      toTrackedStep('tracking', state.steps.tracking),
    ],
  };
}

function toTrackedStep<Name extends ShipmentStepName>(
  step: Name,
  source: StepState<Name>,
): TrackedShipmentStep {
  const outcome =
    source.result === undefined ? undefined : OUTCOMES[step](source.result);
  return {
    step,
    label: STEP_LABELS[step],
    status: source.status,
    state: STEP_WORDS[source.status] ?? source.status,
    attempts: source.attempts,
    ...(outcome !== undefined && { outcome }),
    ...(source.error && {
      error: {
        message: source.error.message,
        ...(source.error.errcode !== undefined && {
          errcode: source.error.errcode,
        }),
        httpStatus: source.error.httpStatus,
      },
    }),
  };
}

/** Each step's result as one line: the waybill, the carrier code uploaded, the buyer's token. */
const OUTCOMES: {
  readonly [Name in ShipmentStepName]: (
    result: ShipmentStepResults[Name],
  ) => string;
} = {
  waybill: ({ deliveryId, waybillId }) => `${deliveryId} ${waybillId}`,
  shippingInfo: ({ expressCompany }) => `express_company ${expressCompany}`,
  tracking: ({ mode, waybillToken }) =>
    `${mode === 'follow' ? '物流消息 · message' : '查询组件 · query'} token ${waybillToken}`,
};

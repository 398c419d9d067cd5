import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * What the library's `WechatShipmentService.shipment(orderId)` reports (its
 * `ShipmentState`), as far as the page reads it.
 */
export interface ShipmentStateSource {
  readonly orderId: string;
  readonly appId?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly status: ShipmentStatus;
  readonly steps: Readonly<Record<ShipmentStepName, ShipmentStepSource>>;
}

export type ShipmentStatus = 'running' | 'completed' | 'failed' | 'queued';
export type ShipmentStepName = 'waybill' | 'shippingInfo' | 'tracking';
export type ShipmentStepStatus =
  'pending' | 'running' | 'done' | 'failed' | 'skipped';

export interface ShipmentStepSource {
  readonly status: ShipmentStepStatus;
  readonly attempts: number;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly result?: {
    readonly deliveryId?: string;
    readonly waybillId?: string;
    readonly expressCompany?: string;
    readonly mode?: 'follow' | 'trace';
    readonly waybillToken?: string;
  };
  readonly error?: {
    readonly message: string;
    readonly errcode?: number;
    readonly httpStatus: number;
  };
}

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
export function toTrackedShipment(state: ShipmentStateSource): TrackedShipment {
  const waybill = state.steps.waybill.result;
  return {
    ...(state.appId !== undefined && { appId: state.appId }),
    orderId: state.orderId,
    status: state.status,
    state: SHIPMENT_WORDS[state.status] ?? state.status,
    ...(waybill?.deliveryId !== undefined && {
      deliveryId: waybill.deliveryId,
    }),
    ...(waybill?.waybillId !== undefined && { waybillId: waybill.waybillId }),
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
    steps: (Object.keys(STEP_LABELS) as ShipmentStepName[]).map((step) =>
      toTrackedStep(step, state.steps[step]),
    ),
  };
}

function toTrackedStep(
  step: ShipmentStepName,
  source: ShipmentStepSource,
): TrackedShipmentStep {
  const outcome = outcomeInWords(step, source);
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

/** The step's result as one line: the waybill, the carrier code uploaded, the buyer's token. */
function outcomeInWords(
  step: ShipmentStepName,
  source: ShipmentStepSource,
): string | undefined {
  const result = source.result;
  if (!result) return undefined;
  switch (step) {
    case 'waybill':
      return [result.deliveryId, result.waybillId].filter(Boolean).join(' ');
    case 'shippingInfo':
      return result.expressCompany === undefined
        ? undefined
        : `express_company ${result.expressCompany}`;
    case 'tracking':
      return result.waybillToken === undefined
        ? undefined
        : `${result.mode === 'follow' ? '物流消息 · message' : '查询组件 · query'} token ${result.waybillToken}`;
  }
}

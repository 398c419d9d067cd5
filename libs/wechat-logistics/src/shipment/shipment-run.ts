import { type ShipmentPlan } from './shipment-plan';
import { type ShipmentRecords } from './shipment-records';
import {
  type ShipmentResult,
  type ShipmentState,
  type ShipmentStepName,
  type ShipmentStepResults,
  type StepState,
} from './shipment-state';
import { stepErrorOf } from './step-error';
import { type ShipmentClients } from './steps/shipment-clients';
import { runShippingInfoStep } from './steps/shipping-info-step';
import { runTrackingStep } from './steps/tracking-step';
import { runWaybillStep } from './steps/waybill-step';

/** A new order's record: nothing run yet (tracking skipped when not asked). */
export function freshShipment(
  appId: string,
  plan: ShipmentPlan,
  status: ShipmentState['status'],
): ShipmentState {
  const now = new Date().toISOString();
  return {
    orderId: plan.orderId,
    appId,
    createdAt: now,
    updatedAt: now,
    status,
    steps: {
      waybill: { status: 'pending', attempts: 0 },
      shippingInfo: { status: 'pending', attempts: 0 },
      tracking: {
        status: plan.input.tracking ? 'pending' : 'skipped',
        attempts: 0,
      },
    },
  };
}

/** What a completed record answers `ship` with. */
export function resultOf(state: ShipmentState): ShipmentResult {
  const { waybill, shippingInfo, tracking } = state.steps;
  return {
    orderId: state.orderId,
    deliveryId: waybill.result?.deliveryId ?? '',
    waybillId: waybill.result?.waybillId ?? '',
    expressCompany: shippingInfo.result?.expressCompany ?? '',
    shippingUploaded: shippingInfo.status === 'done',
    ...(tracking.result ? { waybillToken: tracking.result.waybillToken } : {}),
  };
}

/**
 * One run of an order's shipment, by the holder of its claim: each step not
 * done yet runs in order, its record written before it starts (`running`,
 * one more attempt) and after it ends (`done` with its result, or `failed`
 * with its error — then the run stops and rejects with the step's own
 * error). A step found `running` or `failed` ran before: it is told so and
 * checks WeChat before acting again.
 */
export class ShipmentRun {
  private state: ShipmentState;

  constructor(
    private readonly records: ShipmentRecords,
    private readonly clients: ShipmentClients,
    private readonly plan: ShipmentPlan,
    /** 物流服务's code of the waybill's carrier (the upload's express_company, tracking's delivery_id). */
    private readonly trackingCode: string,
    recorded: ShipmentState,
  ) {
    this.state = recorded;
  }

  async run(): Promise<ShipmentResult> {
    if (this.state.status === 'completed') return resultOf(this.state);
    await this.save({ status: 'running' });
    const { logistics, shipping, tracking } = this.clients;
    const waybill = await this.step('waybill', (rerun) =>
      runWaybillStep(logistics, this.plan, rerun),
    );
    await this.step('shippingInfo', (rerun) =>
      runShippingInfoStep(
        shipping,
        this.plan,
        waybill.waybillId,
        this.trackingCode,
        rerun,
      ),
    );
    if (this.state.steps.tracking.status !== 'skipped')
      await this.step('tracking', () =>
        runTrackingStep(
          tracking,
          this.plan,
          waybill.waybillId,
          this.trackingCode,
        ),
      );
    await this.save({ status: 'completed' });
    return resultOf(this.state);
  }

  private async step<Name extends ShipmentStepName>(
    name: Name,
    action: (rerun: boolean) => Promise<ShipmentStepResults[Name]>,
  ): Promise<ShipmentStepResults[Name]> {
    const before = this.state.steps[name] as StepState<Name>;
    if (before.status === 'done' && before.result) return before.result;
    const rerun = before.attempts > 0;
    await this.saveStep(name, {
      status: 'running',
      attempts: before.attempts + 1,
      startedAt: new Date().toISOString(),
    });
    let result: ShipmentStepResults[Name];
    try {
      result = await action(rerun);
    } catch (error) {
      await this.saveStep(
        name,
        {
          attempts: this.state.steps[name].attempts,
          startedAt: this.state.steps[name].startedAt,
          status: 'failed',
          finishedAt: new Date().toISOString(),
          error: stepErrorOf(error),
        },
        'failed',
      ).catch(() => undefined); // the step's error is the one to answer; a 'running' record is re-checked next time
      throw error;
    }
    await this.saveStep(name, {
      status: 'done',
      attempts: this.state.steps[name].attempts,
      startedAt: this.state.steps[name].startedAt,
      finishedAt: new Date().toISOString(),
      result,
    });
    return result;
  }

  private saveStep<Name extends ShipmentStepName>(
    name: Name,
    step: StepState<Name>,
    status: ShipmentState['status'] = this.state.status,
  ): Promise<void> {
    return this.save({ status, steps: { ...this.state.steps, [name]: step } });
  }

  private async save(change: Partial<ShipmentState>): Promise<void> {
    const next = {
      ...this.state,
      ...change,
      updatedAt: new Date().toISOString(),
    };
    await this.records.write(next);
    this.state = next;
  }
}

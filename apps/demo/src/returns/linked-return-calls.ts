import {
  type AddReturnIdResult,
  type GetReturnIdResult,
  type UnbindReturnIdResult,
} from 'nestjs-wechat-logistics';
import { type WaybillLinksStore } from '../tracking/waybill-links.store';

/**
 * The return routes' one difference from a plain call: what WeChat answered
 * is recorded for the tracking page — the new return on the waybill the
 * request named (the demo's own `waybillId`, never sent), then each state
 * read and the release. Current and legacy routes share it.
 */
export class LinkedReturnCalls {
  constructor(
    private readonly links: WaybillLinksStore,
    private readonly appId: string | undefined,
  ) {}

  async add<Input extends { shopOrderId: string }>(
    body: Input & { waybillId?: string },
    legacy: boolean,
    add: (input: Input) => Promise<AddReturnIdResult>,
  ): Promise<AddReturnIdResult> {
    const { waybillId, ...input } = body;
    const result = await add(input as unknown as Input);
    if (waybillId !== undefined)
      await this.links.recordReturn(this.appId, waybillId, {
        returnId: result.returnId,
        legacy,
        shopOrderId: input.shopOrderId,
      });
    return result;
  }

  async get(
    returnId: string,
    get: () => Promise<GetReturnIdResult>,
  ): Promise<GetReturnIdResult> {
    const result = await get();
    await this.links.recordReturnState(this.appId, returnId, result);
    return result;
  }

  async unbind(
    returnId: string,
    unbind: () => Promise<UnbindReturnIdResult>,
  ): Promise<UnbindReturnIdResult> {
    const result = await unbind();
    await this.links.recordUnbound(this.appId, returnId);
    return result;
  }
}

import { Injectable } from '@nestjs/common';
import { ENDPOINTS } from './api/endpoints';
import { WechatApiCaller } from './api/wechat-api.caller';
import { CancelOrderDto } from './dto';
import { type CancelOrderResult } from './results';
import { validateInput } from './validation/validate-input';
import { toSnakeKeys } from './wire/key-case';

/**
 * The logistics assistant (物流助手) API, one method per cloud-call name.
 * Inputs and results are camelCase; the wire is WeChat's snake_case. Every
 * input is validated here too, so a direct call with bad input throws a
 * `WechatValidationError` before anything is sent.
 */
@Injectable()
export class WechatLogisticsService {
  constructor(private readonly caller: WechatApiCaller) {}

  /** Cancels a waybill. Fails with 9300506 once the parcel has a track, 9300524 when already cancelled. */
  async cancelOrder(input: CancelOrderDto): Promise<CancelOrderResult> {
    const spec = ENDPOINTS.cancelOrder;
    const dto = validateInput(spec.api, CancelOrderDto, input);
    const reply = await this.caller.call(spec, toSnakeKeys(dto));
    return {
      deliveryResultcode:
        typeof reply.delivery_resultcode === 'number'
          ? reply.delivery_resultcode
          : 0,
      deliveryResultmsg:
        typeof reply.delivery_resultmsg === 'string'
          ? reply.delivery_resultmsg
          : '',
    };
  }
}

import {
  Controller,
  HttpCode,
  Post,
  type RawBodyRequest,
  Req,
  applyDecorators,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  INTRACITY_CALLBACK_REPLY,
  WechatIntracityService,
  WechatPushError,
  toErrorResponse,
} from 'nestjs-wechat-logistics';
import { IntracityOrdersStore } from '../events/intracity-orders.store';
import {
  ApiAppIdParam,
  AppIdParam,
  forDefaultAndApps,
} from '../logistics/app-routes';
import { ErrorResponses } from '../openapi/error-responses';

const REFUSALS = [
  ['malformed', 'the 同城配送 callback lacks wx_order_id'],
  [
    'bad-signature',
    'the 同城配送 callback sign does not match (MD5 with the message-push Token)',
  ],
  [
    'unconfirmed',
    'the 同城配送 callback is unsigned and queryOrder shows the order in another state',
  ],
  [
    'appid-mismatch',
    "the 同城配送 callback is for another mini program's appid",
  ],
] as const;

/** The refusals receiveCallback answers, each with its body. */
function ApiCallbackRefusals(): MethodDecorator {
  const errors = new ErrorResponses();
  for (const [reason, detail] of REFUSALS) {
    const { status, body } = toErrorResponse(
      new WechatPushError(reason, detail),
    );
    errors.add(status, { summary: reason, value: body }, reason);
  }
  return applyDecorators(...errors.decorators());
}

/**
 * Where WeChat posts a 同城配送 order's status changes: the `callbackUrl`
 * the demo gives addOrder (itself, in sandbox mode). Each callback goes to
 * `WechatIntracityService.receiveCallback`, which believes it only when its
 * sign checks out with the message-push Token or queryOrder shows that very
 * state; the demo keeps it (once) for the tracking page and answers the
 * reply WeChat expects. A forged one is refused (401) and kept nowhere.
 */
@ApiTags('wechat-callback')
@ApiAppIdParam()
@Controller(forDefaultAndApps('callback', 'intracity'))
export class IntracityCallbackController {
  constructor(
    private readonly intracity: WechatIntracityService,
    private readonly orders: IntracityOrdersStore,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'receiveIntracityCallback',
    summary:
      "Called by WeChat, not by your clients: a 同城配送 order's status changed (the callbackUrl given to addOrder). Believed when its MD5 sign checks out with the message-push Token (WECHAT_PUSH_TOKEN), or when queryOrder shows the order in that state; shown on the tracking page once",
  })
  @ApiConsumes('application/json')
  @ApiBody({
    schema: {
      type: 'object',
      example: {
        appid: 'wx539e0b4872f19621',
        order_status: 40000,
        service_trans_id: 'DADA',
        status_change_time: 1711458532,
        store_order_id: 'sa5dadada12fd4assdsdad11s',
        timestamp: 1711458532,
        wx_order_id: '4018734875633256960',
        wx_store_id: '4000000000000042001',
        sign: 'a85489d9444bdd382e0de0ddca67a8ee',
      },
    },
  })
  @ApiOkResponse({
    description: 'Received: the reply WeChat requires',
    schema: { type: 'object', example: INTRACITY_CALLBACK_REPLY },
  })
  @ApiCallbackRefusals()
  async receive(
    @AppIdParam() appId: string | undefined,
    // The raw bytes: the sign covers the fields exactly as WeChat sent them.
    @Req() req: RawBodyRequest<unknown>,
  ): Promise<typeof INTRACITY_CALLBACK_REPLY> {
    const outcome = await this.intracity.receiveCallback(req.rawBody, {
      appId,
    });
    await this.orders.record(outcome);
    return outcome.reply;
  }
}

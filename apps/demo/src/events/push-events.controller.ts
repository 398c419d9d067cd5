import {
  Controller,
  Get,
  Header,
  HttpCode,
  NotFoundException,
  Post,
  Query,
  type RawBodyRequest,
  Req,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type IncomingHttpHeaders } from 'node:http';
import { WechatPushService } from 'nestjs-wechat-logistics';
import {
  ApiWechatPush,
  ApiWechatUrlVerification,
} from '../openapi/api-wechat-callback.decorator';
import {
  ApiAppIdParam,
  AppIdParam,
  forDefaultAndApps,
} from '../logistics/app-routes';

/**
 * WeChat's message push endpoint (the URL set in the mini program console;
 * `/logistics/apps/:appId/events` for each further mini program):
 * GET answers the URL verification, POST receives every push of the mini program (path updates,
 * the shipping and local-delivery events, users' messages) and sends the reply the library
 * chose: `success`, or the echoed message `update_waybill_status` requires. Answers once the
 * handlers ran (or, with WECHAT_PUSH_DELIVERY=queue, once the event is queued); refusals come from the library's filter
 * (401 bad signature / AppID / stale timestamp, 400 malformed body or query, 413 too large,
 * 503 "later, please": in progress elsewhere, or the store or queue not answering within
 * `push.answerBudgetMs`, so WeChat re-sends).
 */
@ApiTags('wechat-callback')
@ApiAppIdParam()
@Controller(forDefaultAndApps('events'))
export class PushEventsController {
  constructor(private readonly push: WechatPushService) {}

  @Get()
  @Header('content-type', 'text/plain; charset=utf-8')
  @ApiWechatUrlVerification()
  verify(
    @AppIdParam() appId: string | undefined,
    // As the platform parsed it: a repeated parameter is an array, which the library refuses (400).
    @Query() query: Record<string, unknown>,
  ): Promise<string> {
    this.requireEnabled(appId);
    return this.push.verifyUrl(query, appId);
  }

  @Post()
  @HttpCode(200)
  @ApiWechatPush()
  async receive(
    @AppIdParam() appId: string | undefined,
    // Express's request or Fastify's: both carry the headers and, with `rawBody: true`, the raw bytes.
    @Req() req: RawBodyRequest<{ headers: IncomingHttpHeaders }>,
    @Query() query: Record<string, unknown>,
    // Express's response or Fastify's reply: both set a header with `header(name, value)`.
    @Res({ passthrough: true })
    res: { header(name: string, value: string): unknown },
  ): Promise<string> {
    this.requireEnabled(appId);
    // The raw bytes, exactly as signed and encrypted: a re-serialised body would not verify.
    const outcome = await this.push.receive({
      appId,
      query,
      body: req.rawBody,
      contentType: req.headers['content-type'],
    });
    res.header('content-type', outcome.reply.contentType);
    return outcome.reply.body;
  }

  /** The default app's route is absent without WECHAT_PUSH_TOKEN; another app's settings are the library's to check. */
  private requireEnabled(appId: string | undefined): void {
    if (appId === undefined && !this.push.enabled)
      throw new NotFoundException(
        'Push events are not configured (set WECHAT_PUSH_TOKEN)',
      );
  }
}

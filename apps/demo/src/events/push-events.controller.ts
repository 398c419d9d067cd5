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
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { type IncomingHttpHeaders } from 'node:http';
import { WechatPushService } from 'nestjs-wechat-logistics';

/**
 * WeChat's message push endpoint (the URL set in the mini program console):
 * GET answers the URL verification, POST receives add_express_path pushes.
 * Answers `success` once the handlers ran; refusals come from the library's filter
 * (401 bad signature / AppID / stale timestamp, 400 malformed, 413 too large).
 */
@ApiExcludeController()
@Controller('logistics/events')
export class PushEventsController {
  constructor(private readonly push: WechatPushService) {}

  @Get()
  @Header('content-type', 'text/plain; charset=utf-8')
  verify(@Query() query: Record<string, string | undefined>): string {
    this.requireEnabled();
    return this.push.verifyUrl(query);
  }

  @Post()
  @HttpCode(200)
  @Header('content-type', 'text/plain; charset=utf-8')
  async receive(
    // Express's request or Fastify's: both carry the headers and, with `rawBody: true`, the raw bytes.
    @Req() req: RawBodyRequest<{ headers: IncomingHttpHeaders }>,
    @Query() query: Record<string, string | undefined>,
  ): Promise<string> {
    this.requireEnabled();
    // The raw bytes, exactly as signed and encrypted: a re-serialised body would not verify.
    await this.push.receive({
      query,
      body: req.rawBody,
      contentType: req.headers['content-type'],
    });
    return 'success';
  }

  private requireEnabled(): void {
    if (!this.push.enabled)
      throw new NotFoundException(
        'Push events are not configured (set WECHAT_PUSH_TOKEN)',
      );
  }
}

import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  type FailedPushDelivery,
  WechatPushService,
} from 'nestjs-wechat-logistics';
import {
  FailedPushesQueryDto,
  ReplayFailedPushesDto,
  ReplayFailedPushesResult,
} from './failed-pushes.dto';
import { FailedPushDeliverySchema } from './path-update.schemas';

/**
 * Durable push delivery's failed set (`WECHAT_PUSH_DELIVERY=queue`): path
 * updates whose handlers failed on every attempt, for every app of the demo,
 * and their replay once the cause is fixed.
 */
@ApiTags('events')
@ApiNotFoundResponse({
  description: 'Durable delivery is off (WECHAT_PUSH_DELIVERY=inline)',
  schema: { $ref: '#/components/schemas/ErrorBody' },
})
@Controller('logistics/events/failed')
export class FailedPushesController {
  constructor(private readonly push: WechatPushService) {}

  @Get()
  @ApiOperation({
    operationId: 'listFailedPushes',
    summary:
      'Typed events (path updates unless `event` says otherwise) whose handlers failed on every attempt (durable delivery only)',
  })
  @ApiOkResponse({ type: [FailedPushDeliverySchema] })
  list(
    @Query() query: FailedPushesQueryDto,
  ): Promise<FailedPushDelivery<'*'>[]> {
    this.requireQueue();
    const { event = 'add_express_path', limit, offset } = query;
    return this.push.failedDeliveries({ event, limit, offset });
  }

  @Post('replay')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'replayFailedPushes',
    summary:
      'Puts failed path updates (the ids given, else all) back on the queue with fresh attempts',
  })
  @ApiOkResponse({ type: ReplayFailedPushesResult })
  async replay(
    @Body() body: ReplayFailedPushesDto,
  ): Promise<ReplayFailedPushesResult> {
    this.requireQueue();
    return { replayed: await this.push.replayFailedDeliveries(body.ids) };
  }

  private requireQueue(): void {
    if (this.push.delivery !== 'queue')
      throw new NotFoundException(
        'Durable push delivery is off: handlers run inline and WeChat re-sends what failed (set WECHAT_PUSH_DELIVERY=queue and REDIS_URL)',
      );
  }
}

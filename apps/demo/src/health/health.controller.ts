import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  type HealthCheckResult,
} from '@nestjs/terminus';
import { WechatLogisticsHealthIndicator } from 'nestjs-wechat-logistics';
import { ApiReadiness } from './api-readiness.decorator';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly wechat: WechatLogisticsHealthIndicator,
  ) {}

  /** Liveness only: it never calls WeChat, so a WeChat outage does not get the demo restarted. */
  @Get()
  @ApiOperation({
    operationId: 'checkLiveness',
    summary: 'Liveness: the process answers (WeChat is not called)',
  })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  check(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Readiness: whether calls to WeChat can get a token and the shared token
   * store answers. A token at hand (or a breaker holding token requests back)
   * answers at once, so probing every few seconds costs no token fetch.
   */
  @Get('ready')
  // Documented by ApiReadiness, with the check this route runs.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiReadiness()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.wechat.isHealthy('wechat')]);
  }
}

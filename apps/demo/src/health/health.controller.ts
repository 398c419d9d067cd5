import { Controller, Get } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  type HealthCheckResult,
} from '@nestjs/terminus';
import { WechatLogisticsHealthIndicator } from 'nestjs-wechat-logistics';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly wechat: WechatLogisticsHealthIndicator,
  ) {}

  /** Liveness only: it never calls WeChat, so a WeChat outage does not get the demo restarted. */
  @Get()
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
  @HealthCheck()
  @ApiOkResponse({
    schema: {
      example: {
        status: 'ok',
        info: { wechat: { status: 'up' } },
        error: {},
        details: { wechat: { status: 'up' } },
      },
    },
  })
  @ApiServiceUnavailableResponse({
    schema: {
      example: {
        status: 'error',
        info: {},
        error: {
          wechat: {
            status: 'down',
            reason:
              'the token endpoint answered errcode 40125: AppSecret is wrong; token requests paused until 2026-12-02T10:00:30.000Z',
            errcode: 40125,
          },
        },
        details: { wechat: { status: 'down' } },
      },
    },
  })
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.wechat.isHealthy('wechat')]);
  }
}

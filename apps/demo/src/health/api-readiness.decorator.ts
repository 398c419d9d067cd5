import { applyDecorators } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  type SchemaObject,
} from '@nestjs/swagger';

/** One check of Terminus's result: the library's `wechat` check, as WechatLogisticsHealthIndicator reports it. */
const CHECK: SchemaObject = {
  type: 'object',
  required: ['status'],
  properties: {
    status: { type: 'string', enum: ['up', 'down'] },
    reason: {
      type: 'string',
      description: 'Why it is down; never a secret or a token',
    },
    errcode: {
      type: 'integer',
      description: "The token endpoint's errcode, when it answered one",
    },
    failure: {
      type: 'string',
      description:
        'The transport failure (timeout, network, …), when WeChat did not answer',
    },
  },
};

const CHECKS: SchemaObject = { type: 'object', additionalProperties: CHECK };

/** The check as it reads when the AppSecret is wrong (and the breaker spares WeChat the next probes). */
const WRONG_SECRET = {
  status: 'down',
  reason:
    'the token endpoint answered errcode 40125: The configured AppSecret is not valid.; token requests paused until 2026-12-02T10:00:30.000Z',
  errcode: 40125,
};

/** Terminus's body, with the demo's one check (`wechat`) in it. */
const READINESS: SchemaObject = {
  type: 'object',
  required: ['status', 'info', 'error', 'details'],
  properties: {
    status: { type: 'string', enum: ['ok', 'error'] },
    info: { ...CHECKS, description: 'The checks that are up' },
    error: { ...CHECKS, description: 'The checks that are down' },
    details: { ...CHECKS, description: 'Every check' },
  },
};

/**
 * `GET /health/ready` in OpenAPI, with the check it really runs. Used with
 * `@HealthCheck({ swaggerDocumentation: false })`: Terminus's own
 * documentation shows a `database` and a `redis` check the demo does not have.
 */
export function ApiReadiness(): MethodDecorator {
  return applyDecorators(
    ApiOperation({
      operationId: 'checkReadiness',
      summary:
        'Readiness: calls to WeChat can get an access token, and the shared token store answers',
    }),
    ApiOkResponse({
      description: 'Ready',
      schema: READINESS,
      example: {
        status: 'ok',
        info: { wechat: { status: 'up' } },
        error: {},
        details: { wechat: { status: 'up' } },
      },
    }),
    ApiServiceUnavailableResponse({
      description: 'Not ready; `error.wechat.reason` says why',
      schema: READINESS,
      example: {
        status: 'error',
        info: {},
        error: { wechat: WRONG_SECRET },
        details: { wechat: WRONG_SECRET },
      },
    }),
  );
}

import { applyDecorators } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiResponse,
} from '@nestjs/swagger';
import { ErrorResponses } from './error-responses';
import {
  WechatPushError,
  type WechatPushRejection,
  toErrorResponse,
} from 'nestjs-wechat-logistics';

const SIGNED_QUERY = [
  {
    name: 'signature',
    description: 'SHA-1 of the sorted Token, timestamp and nonce (plain mode)',
  },
  {
    name: 'timestamp',
    description: 'Unix seconds; more than 5 minutes off is refused (a replay)',
  },
  { name: 'nonce', description: 'Random digits WeChat signs with' },
] as const;

const REFUSALS: readonly [WechatPushRejection, string][] = [
  ['bad-signature', 'msg_signature does not match the body'],
  ['malformed', 'the XML cannot be read'],
  ['too-large', 'the body is larger than push.maxBodyBytes (65536)'],
  ['unsupported', 'push arrived as json; the console is set to xml'],
  [
    'in-progress',
    'version 3 of waybill SF1234567890 is being handled right now; WeChat will re-send it',
  ],
];

/** The refusals named (all of them by default), as OpenAPI responses with their bodies. */
function refusals(
  only: readonly WechatPushRejection[] = REFUSALS.map(([reason]) => reason),
): MethodDecorator[] {
  const errors = new ErrorResponses();
  for (const [reason, detail] of REFUSALS.filter(([r]) => only.includes(r))) {
    const { status, body } = toErrorResponse(
      new WechatPushError(reason, detail),
    );
    errors.add(status, { summary: reason, value: body }, reason);
  }
  return errors.decorators();
}

const CALLBACK =
  'Called by WeChat, not by your clients: the message push URL set in the mini program console (开发管理 → 消息推送).';

/** WeChat's URL verification, as OpenAPI shows it. */
export function ApiWechatUrlVerification(): MethodDecorator {
  return applyDecorators(
    ApiOperation({
      // WechatPushService.verifyUrl, named for what it verifies
      operationId: 'verifyPushUrl',
      summary:
        "WeChat's URL verification: echostr back when the signature holds",
      description: CALLBACK,
    }),
    ...SIGNED_QUERY.map((q) => ApiQuery({ ...q, required: true })),
    ApiQuery({
      name: 'echostr',
      required: true,
      description: 'Echoed verbatim once verified',
    }),
    ApiProduces('text/plain'),
    ApiResponse({
      status: 200,
      description: 'echostr, verbatim',
      content: {
        'text/plain': { schema: { type: 'string', example: '4185237650' } },
      },
    }),
    // Only the signature is checked on a verification.
    ...refusals(['bad-signature']),
  );
}

/** The add_express_path push, as OpenAPI shows it. */
export function ApiWechatPush(): MethodDecorator {
  return applyDecorators(
    ApiOperation({
      // WechatPushService.receive, named for what it receives
      operationId: 'receivePush',
      summary:
        'A path-update push (add_express_path): verified, decrypted, handled once; answered success',
      description: `${CALLBACK} Answered \`success\` once the handlers ran (or the event is queued); anything else makes WeChat re-send it.`,
    }),
    ...SIGNED_QUERY.map((q) => ApiQuery({ ...q, required: true })),
    ApiQuery({
      name: 'encrypt_type',
      required: false,
      description: '`aes` in safe and compatible mode',
    }),
    ApiQuery({
      name: 'msg_signature',
      required: false,
      description:
        'SHA-1 over Token, timestamp, nonce and the ciphertext (safe / compatible mode)',
    }),
    ApiQuery({
      name: 'openid',
      required: false,
      description: 'Sent by WeChat; not used',
    }),
    ApiConsumes('text/xml', 'application/xml', 'application/json'),
    ApiBody({
      description:
        'XML or JSON as the console is set; in safe mode only ToUserName and Encrypt',
      schema: {
        type: 'string',
        example:
          '<xml><ToUserName><![CDATA[gh_0123456789ab]]></ToUserName><Encrypt><![CDATA[…]]></Encrypt></xml>',
      },
    }),
    ApiProduces('text/plain'),
    ApiResponse({
      status: 200,
      description: 'Accepted',
      content: {
        'text/plain': { schema: { type: 'string', example: 'success' } },
      },
    }),
    ...refusals(),
    ApiResponse({
      status: 500,
      description: 'A handler failed (inline delivery): WeChat re-sends',
      content: {
        'application/json': {
          schema: { $ref: '#/components/schemas/ErrorBody' },
          example: {
            statusCode: 500,
            message:
              'A path-update handler failed; WeChat will re-send the push.',
            error: 'Internal Server Error',
          },
        },
      },
    }),
  );
}

import {
  WechatApiError,
  WechatTransportError,
  WechatUnknownAppError,
  type WechatErrorBody,
  errcodeEntryFor,
  toErrorResponse,
} from 'nestjs-wechat-logistics';

/** An example as OpenAPI shows it: a one-line summary and the body. */
export interface ErrorExample {
  readonly summary: string;
  readonly value: WechatErrorBody;
}

const RID = '6748c1a2-1b7c0f3e-5d2a9e41';

/**
 * The body the filter sends for `errcode` on `api`, built by the library's own
 * `toErrorResponse` from the errcode catalogue (the reading of `api`'s family
 * when it has its own): the documented example is exactly what a caller
 * gets, WeChat's `errmsg` and a `rid` included.
 */
export function errcodeExample(
  api: string,
  errcode: number,
  advice?: string,
): ErrorExample {
  const entry = errcodeEntryFor(errcode, api);
  if (!entry) throw new Error(`errcode ${errcode} is not in the catalogue`);
  // Only the logistics assistant's carrier errcodes come with the carrier's
  // own code (delivery_resultcode). 即时配送's (930556–930558) do not: its
  // carrier speaks in resultcode without an errcode (localDeliveryErrors
  // shows that answer); 同城配送's (934005, 934014) carry none at all.
  const carrier = entry.kind === 'carrier' && api.startsWith('logistics.');
  const { body } = toErrorResponse(
    new WechatApiError({
      api,
      errcode,
      errmsg: `${entry.errmsg} rid: ${RID}`,
      advice,
      ...(carrier && {
        deliveryResultcode: 30002,
        deliveryResultmsg: '快件已揽收',
      }),
    }),
  );
  return { summary: `errcode ${errcode}: ${entry.meaning}`, value: body };
}

/** The token endpoint refused this server's AppID / secret (a 500: an operator must act). */
export function credentialsExample(): ErrorExample {
  const example = errcodeExample('auth.getStableAccessToken', 40125);
  return { ...example, summary: `${example.summary} (at the token endpoint)` };
}

/** `advice`: what the library adds when the outcome is unknown (an upload). */
export function timeoutExample(api: string, advice?: string): ErrorExample {
  const { body } = toErrorResponse(
    new WechatTransportError('timeout', api, 'no answer', undefined, {
      advice,
    }),
  );
  return { summary: 'WeChat did not answer in time', value: body };
}

export function badGatewayExample(api: string, advice?: string): ErrorExample {
  const { body } = toErrorResponse(
    new WechatTransportError(
      'bad-response',
      api,
      'an HTML error page',
      undefined,
      {
        advice,
      },
    ),
  );
  return {
    summary: 'WeChat answered with something that is not JSON',
    value: body,
  };
}

export function unknownAppExample(): ErrorExample {
  const { body } = toErrorResponse(
    new WechatUnknownAppError('wx00000000000unknown'),
  );
  return {
    summary: 'No mini program with that appId is configured',
    value: body,
  };
}

/** Nest's standard 400, as WechatValidationPipe words it. */
export function validationExample(messages: string[]): ErrorExample {
  return {
    summary: 'The request is invalid; every message names a field',
    value: { statusCode: 400, message: messages, error: 'Bad Request' },
  };
}

import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { ERRCODE_CATALOGUE } from 'nestjs-wechat-logistics';
import {
  badGatewayExample,
  credentialsExample,
  errcodeExample,
  timeoutExample,
  validationExample,
} from './error-examples';
import { ErrorResponses } from './error-responses';

export interface WechatCallDocs {
  /**
   * `logistics.cancelOrder`: the library API the route calls; its method name
   * (`cancelOrder`) is the operation's id, `…ForApp` on the app routes.
   */
  readonly api: `logistics.${string}`;
  readonly summary: string;
  /** The result class (the library's documented result types). */
  readonly result?: Type<unknown>;
  /** Answered 201 instead of 200 (addOrder). */
  readonly created?: boolean;
  /** A 400 body this route's bad input gets, when it takes input. */
  readonly invalid?: string[];
  /** WeChat's errcodes this API documents (wechat-logistics-api.md §6), each shown under its status. */
  readonly errcodes?: readonly number[];
  /** Models referenced by `$ref` only (batchGetOrder's item kinds). */
  readonly extraModels?: Type<unknown>[];
}

/**
 * One WeChat-backed route in OpenAPI: its summary, its success schema, and
 * every error it can answer, each with an example body made by the library's
 * own error translation from the errcode catalogue: 400 (validation, and
 * arguments WeChat rejected), 404 / 409 / 429 where the API documents such
 * errcodes, 500 (this server's credentials), 502 (the carrier, or a reply
 * that is not JSON), 503 (WeChat busy) and 504 (no answer in time). The 404
 * of an unknown appId, and the `ForApp` of the app routes' operation ids, are
 * added by the document's own post-processing (documentAppRoutes).
 */
export function ApiWechatCall(docs: WechatCallDocs): MethodDecorator {
  const errors = new ErrorResponses();
  if (docs.invalid) errors.add(400, validationExample(docs.invalid));
  for (const errcode of docs.errcodes ?? []) {
    const entry = ERRCODE_CATALOGUE.get(errcode);
    if (entry) errors.add(entry.httpStatus, errcodeExample(docs.api, errcode));
  }
  errors
    .add(500, credentialsExample())
    .add(502, badGatewayExample(docs.api))
    .add(503, errcodeExample(docs.api, -1))
    .add(504, timeoutExample(docs.api));

  const success = docs.created ? ApiCreatedResponse : ApiOkResponse;
  return applyDecorators(
    ApiOperation({
      summary: docs.summary,
      operationId: docs.api.slice('logistics.'.length),
    }),
    ...(docs.extraModels ? [ApiExtraModels(...docs.extraModels)] : []),
    success(
      docs.result
        ? { type: docs.result, description: docs.created ? 'Created' : 'OK' }
        : {
            description: 'Done; WeChat answers nothing more, so the body is {}',
            schema: { type: 'object', example: {} },
          },
    ),
    ...errors.decorators(),
  );
}

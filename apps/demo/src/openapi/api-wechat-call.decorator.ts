import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { errcodeEntryFor } from 'nestjs-wechat-logistics';
import {
  badGatewayExample,
  credentialsExample,
  type ErrorExample,
  errcodeExample,
  timeoutExample,
  validationExample,
} from './error-examples';
import { ErrorResponses } from './error-responses';

export interface WechatCallDocs {
  /**
   * `logistics.cancelOrder`, `shipping.getOrder`, `tracking.traceWaybill`,
   * `returns.addReturnId`: the library API the route calls; its method name
   * (`cancelOrder`) is the operation's id, `…ForApp` on the app routes. Its
   * prefix picks the family's reading of an errcode other families share
   * (9300513 is a carrier's e-waybill quota for `logistics.`, a daily call
   * quota for `tracking.`).
   */
  readonly api: `${'logistics' | 'shipping' | 'tracking' | 'returns' | 'localDelivery' | 'intracity'}.${string}`;
  /**
   * The operation's id when the method name is taken by another family's
   * route: `shipping.getOrder` is `getShippingOrder` (the library's own
   * `GetShippingOrderDto` naming), as `getOrder` is the waybill's.
   */
  readonly operationId?: string;
  readonly summary: string;
  /** The result class (the library's documented result types). */
  readonly result?: Type<unknown>;
  /** Answered 201 instead of 200 (addOrder). */
  readonly created?: boolean;
  /** A 400 body this route's bad input gets, when it takes input. */
  readonly invalid?: string[];
  /** WeChat's errcodes this API documents (wechat-logistics-api.md §6), each shown under its status, as the API's family reads it. */
  readonly errcodes?: readonly number[];
  /**
   * What the 502, 503 and 504 bodies add when such an answer leaves the
   * call's outcome unknown: the shipping uploads' "it may have landed, check
   * getOrder" (UPLOAD_OUTCOME_UNKNOWN_ADVICE), exactly as the library says it.
   */
  readonly unknownOutcomeAdvice?: string;
  /**
   * Error answers that are not WeChat errcodes, each under its status: 即时配送's
   * carrier refusal (502, resultcode ≠ 0) and missing shop secret (500).
   */
  readonly more?: readonly {
    status: number;
    key: string;
    example: ErrorExample;
  }[];
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
  const advice = docs.unknownOutcomeAdvice;
  for (const errcode of docs.errcodes ?? []) {
    const entry = errcodeEntryFor(errcode, docs.api);
    if (entry)
      errors.add(
        entry.httpStatus,
        // A busy answer leaves the outcome unknown too (the library says so).
        errcodeExample(
          docs.api,
          errcode,
          entry.kind === 'busy' ? advice : undefined,
        ),
      );
  }
  for (const { status, key, example } of docs.more ?? [])
    errors.add(status, example, key);
  errors
    .add(500, credentialsExample())
    .add(502, badGatewayExample(docs.api, advice))
    .add(503, errcodeExample(docs.api, -1, advice))
    .add(504, timeoutExample(docs.api, advice));

  const success = docs.created ? ApiCreatedResponse : ApiOkResponse;
  return applyDecorators(
    ApiOperation({
      summary: docs.summary,
      operationId:
        docs.operationId ?? docs.api.slice(docs.api.indexOf('.') + 1),
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

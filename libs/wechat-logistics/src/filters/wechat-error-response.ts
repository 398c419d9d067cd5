import { PushHandlerFailedError } from '../push/push-handler-failed.error';
import { WechatPushError } from '../push/wechat-push.error';
import {
  type WechatApiError,
  WechatTransportError,
  WechatValidationError,
} from '../errors';

/** The HTTP body for a failed WeChat call: DESIGN's contract, with no token or secret in it. */
export interface WechatErrorBody {
  statusCode: number;
  message: string | string[];
  error?: string;
  errcode?: number;
  errmsg?: string;
  rid?: string;
  deliveryResultcode?: number;
  deliveryResultmsg?: string;
}

export interface WechatErrorResponse {
  status: number;
  body: WechatErrorBody;
}

const PUSH_ERROR_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
};

/** A library error as an HTTP status and body; the one place where that translation happens. */
export function toErrorResponse(
  exception:
    | WechatApiError
    | WechatTransportError
    | WechatValidationError
    | WechatPushError
    | PushHandlerFailedError,
): WechatErrorResponse {
  if (exception instanceof WechatPushError) {
    const status = exception.httpStatus;
    // The reason only: never the token, key or body.
    return {
      status,
      body: {
        statusCode: status,
        message: exception.message,
        error: PUSH_ERROR_NAMES[status] ?? 'Error',
      },
    };
  }
  if (exception instanceof PushHandlerFailedError) {
    const message =
      'A path-update handler failed; WeChat will re-send the push.';
    return {
      status: 500,
      body: { statusCode: 500, message, error: 'Internal Server Error' },
    };
  }
  if (exception instanceof WechatValidationError) {
    return {
      status: 400,
      body: {
        statusCode: 400,
        message: [...exception.messages],
        error: 'Bad Request',
      },
    };
  }
  if (exception instanceof WechatTransportError)
    return transportResponse(exception);
  return apiErrorResponse(exception);
}

function transportResponse(
  exception: WechatTransportError,
): WechatErrorResponse {
  if (exception.failure === 'timeout') {
    const message = `WeChat did not answer ${exception.api} in time.`;
    return {
      status: 504,
      body: { statusCode: 504, message, error: 'Gateway Timeout' },
    };
  }
  const message =
    exception.failure === 'network'
      ? `The connection to WeChat failed during ${exception.api}.`
      : exception.failure === 'http-status'
        ? `WeChat answered ${exception.api} with HTTP ${exception.httpStatus ?? 'error'} instead of JSON.`
        : `WeChat answered ${exception.api} with a reply that is not JSON.`;
  return {
    status: 502,
    body: { statusCode: 502, message, error: 'Bad Gateway' },
  };
}

function apiErrorResponse(exception: WechatApiError): WechatErrorResponse {
  const entry = exception.entry;
  let status: number;
  let message: string;
  if (exception.fromTokenEndpoint) {
    // Whatever the token endpoint says, the fix is in this server's configuration.
    status = 500;
    message = `WeChat refused this server's credentials: ${entry?.meaning ?? `errcode ${exception.errcode}`}`;
  } else if (entry) {
    status = entry.httpStatus;
    message = entry.meaning;
  } else {
    status = 502;
    message = `WeChat answered with errcode ${exception.errcode}, which this library does not know.`;
  }
  const body: WechatErrorBody = {
    statusCode: status,
    message,
    errcode: exception.errcode,
    errmsg: exception.errmsg,
  };
  if (exception.rid !== undefined) body.rid = exception.rid;
  if (exception.deliveryResultcode !== undefined)
    body.deliveryResultcode = exception.deliveryResultcode;
  if (exception.deliveryResultmsg !== undefined)
    body.deliveryResultmsg = exception.deliveryResultmsg;
  return { status, body };
}

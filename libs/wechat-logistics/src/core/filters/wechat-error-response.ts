import { STATUS_CODES } from 'node:http';
import { PushHandlerFailedError } from '../errors/push-handler-failed.error';
import { ACCESS_TOKEN_PROVIDER_API } from '../token/provided-token-source';
import { WechatPushError } from '../../push/wechat-push.error';
import {
  CLOUD_HOSTING_NOT_ENABLED,
  type WechatApiError,
  WechatApiSecurityError,
  WechatAppResolutionError,
  WechatCarrierNotMappedError,
  WechatTransportError,
  WechatUnknownAppError,
  WechatShopSecretError,
  WechatShipmentConflictError,
  WechatValidationError,
} from '../errors';

/**
 * The HTTP body of every error the library answers: Nest's own family
 * (`statusCode`, `message`, `error`, as a validation 400 or a NotFoundException
 * has), plus WeChat's fields when WeChat refused. Never a token or secret.
 */
export interface WechatErrorBody {
  statusCode: number;
  message: string | string[];
  /** The status's reason phrase (`Conflict`, `Bad Gateway`), as Nest's HttpExceptions give it. */
  error: string;
  errcode?: number;
  errmsg?: string;
  rid?: string;
  deliveryResultcode?: number;
  deliveryResultmsg?: string;
  /** The mini program a multi-app call named, when that app is unknown or could not be looked up. */
  appId?: string;
  /** The logistics assistant's carrier that has no carrier code for tracking and the shipping upload. */
  deliveryId?: string;
  /** The 即时配送 shop whose delivery_sign secret this server could not find. */
  shopId?: string;
}

/** Every error the library raises toward an HTTP caller; `toErrorResponse` and the filter take each. */
export type WechatLibraryError =
  | WechatApiError
  | WechatTransportError
  | WechatValidationError
  | WechatPushError
  | PushHandlerFailedError
  | WechatUnknownAppError
  | WechatAppResolutionError
  | WechatCarrierNotMappedError
  | WechatShopSecretError
  | WechatApiSecurityError
  | WechatShipmentConflictError;

export interface WechatErrorResponse {
  status: number;
  body: WechatErrorBody;
}

/** `Conflict`, `Bad Gateway`: the phrase Nest's HttpExceptions put in `error`. */
export function reasonPhrase(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

/** A library error as an HTTP status and body; the one place where that translation happens. */
export function toErrorResponse(
  exception: WechatLibraryError,
): WechatErrorResponse {
  if (exception instanceof WechatUnknownAppError)
    return unknownAppResponse(exception);
  if (exception instanceof WechatAppResolutionError)
    return resolutionResponse(exception);
  if (exception instanceof WechatCarrierNotMappedError)
    return carrierNotMappedResponse(exception);
  if (exception instanceof WechatShopSecretError)
    return shopSecretResponse(exception);
  if (exception instanceof WechatShipmentConflictError)
    return {
      status: 409,
      body: {
        statusCode: 409,
        message: exception.message,
        error: reasonPhrase(409),
      },
    };
  if (exception instanceof WechatApiSecurityError)
    return apiSecurityResponse(exception);
  if (exception instanceof WechatPushError) {
    const status = exception.httpStatus;
    // The reason only: never the token, key or body.
    return {
      status,
      body: {
        statusCode: status,
        message: exception.message,
        error: reasonPhrase(status),
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
    const message =
      exception.api === ACCESS_TOKEN_PROVIDER_API
        ? "The access token provider (this server's token service) did not answer in time."
        : `WeChat did not answer ${exception.api} in time.`;
    return {
      status: 504,
      body: {
        statusCode: 504,
        message: withAdvice(message, exception.advice),
        error: 'Gateway Timeout',
      },
    };
  }
  const message =
    exception.failure === 'network'
      ? `The connection to WeChat failed during ${exception.api}.`
      : exception.failure === 'http-status'
        ? `WeChat answered ${exception.api} with HTTP ${exception.httpStatus ?? 'error'} instead of JSON.`
        : exception.failure === 'unverified-response'
          ? `The answer to ${exception.api} failed API security verification and was not believed; WeChat may have acted on the request.`
          : `WeChat answered ${exception.api} with a reply that is not JSON.`;
  return {
    status: 502,
    body: {
      statusCode: 502,
      message: withAdvice(message, exception.advice),
      error: 'Bad Gateway',
    },
  };
}

/** The endpoint's advice (an upload that may have landed) after the failure's own explanation. */
function withAdvice(message: string, advice: string | undefined): string {
  return advice ? `${message} ${advice}` : message;
}

function unknownAppResponse(
  exception: WechatUnknownAppError,
): WechatErrorResponse {
  if (exception.appId === undefined)
    // The server's code called the default client of a module configured without one.
    return {
      status: 500,
      body: {
        statusCode: 500,
        message: 'This server has no default mini program configured.',
        error: 'Internal Server Error',
      },
    };
  return {
    status: 404,
    body: {
      statusCode: 404,
      message: `No mini program with appId "${exception.appId}" is configured on this server.`,
      error: 'Not Found',
      appId: exception.appId,
    },
  };
}

function resolutionResponse(
  exception: WechatAppResolutionError,
): WechatErrorResponse {
  // The resolver's own error is the app's to log; its text may hold anything, so it stays out.
  const failed = exception.failure === 'lookup-failed';
  const status = failed ? 503 : 500;
  return {
    status,
    body: {
      statusCode: status,
      message: failed
        ? `Looking up the mini program "${exception.appId}" failed; try again later.`
        : `The settings found for the mini program "${exception.appId}" are invalid.`,
      error: failed ? 'Service Unavailable' : 'Internal Server Error',
      appId: exception.appId,
    },
  };
}

/**
 * An unknown deliveryId is the caller's to fix (404, like WeChat's 9300503);
 * a real carrier without a code is this server's configuration (500, which
 * the filter logs with the error's message: the carrierCodes fix).
 */
function carrierNotMappedResponse(
  exception: WechatCarrierNotMappedError,
): WechatErrorResponse {
  const quoted = JSON.stringify(exception.deliveryId);
  const unknown = exception.reason === 'unknown-carrier';
  const status = unknown ? 404 : 500;
  return {
    status,
    body: {
      statusCode: status,
      message: unknown
        ? `WeChat's logistics assistant has no carrier ${quoted}.`
        : `No carrier code for tracking and shipping info is configured on this server for the carrier ${quoted}.`,
      error: reasonPhrase(status),
      deliveryId: exception.deliveryId,
    },
  };
}

/**
 * A shop without a secret is this server's configuration (500, logged with
 * the fix); a `shopSecret` lookup that failed is "later, please" (503). The
 * body names the shop, never a secret.
 */
function shopSecretResponse(
  exception: WechatShopSecretError,
): WechatErrorResponse {
  const missing = exception.failure === 'missing';
  const status = missing ? 500 : 503;
  const quoted = JSON.stringify(exception.shopId);
  return {
    status,
    body: {
      statusCode: status,
      message: missing
        ? `This server has no delivery_sign secret for the 即时配送 shop ${quoted}; nothing was sent.`
        : `Looking up the delivery_sign secret of the 即时配送 shop ${quoted} failed; nothing was sent, try again later.`,
      error: reasonPhrase(status),
      shopId: exception.shopId,
    },
  };
}

/**
 * A call WeChat requires sealed from an app without keys is this server's
 * configuration (500, logged with the fix); a keys provider that failed is
 * "later, please" (503). Never a key.
 */
function apiSecurityResponse(
  exception: WechatApiSecurityError,
): WechatErrorResponse {
  const missing = exception.failure === 'not-configured';
  const status = missing ? 500 : 503;
  return {
    status,
    body: {
      statusCode: status,
      message: missing
        ? `This server has no API security keys for ${exception.api}, which WeChat requires encrypted and signed; nothing was sent.`
        : `Reading the API security keys for ${exception.api} failed; nothing was sent, try again later.`,
      error: reasonPhrase(status),
    },
  };
}

function apiErrorResponse(exception: WechatApiError): WechatErrorResponse {
  const entry = exception.entry;
  let status: number;
  let message: string;
  if (exception.cloudHostingNotEnabled) {
    // We sent no token: the platform did not supply one. Configuration, not a bad gateway.
    status = 500;
    message = `${CLOUD_HOSTING_NOT_ENABLED}.`;
  } else if (exception.fromTokenEndpoint) {
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
    message: withAdvice(message, exception.advice),
    error: reasonPhrase(status),
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

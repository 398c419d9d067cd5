import { type IncomingHttpHeaders } from 'node:http';
import { type ApiSecurityGate } from '../api-security/api-security-gate';
import { type CallerContext, identifyCaller } from './api-caller';
import { type RouteDefinition, type RouteTable } from './emulator-route';
import { isJsonObject } from './json-values';
import { parseJsonOrUndefined } from './request-log';
import { errorReply, type WechatReply } from './wechat-reply';

/** errcode sent (with HTTP 404) for a path WeChat has no API at: WeChat's "invalid url". */
export const UNKNOWN_PATH_ERRCODE = 40066;

/** The parts of an HTTP request the router looks at. */
export interface RouterRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  /** The body's exact bytes (API-security signatures cover these). */
  readonly rawBytes: Buffer;
}

/**
 * Looks a request up in the route table and applies the checks every WeChat
 * endpoint shares, in WeChat's order: method, caller (access token), API
 * security where the route takes it, then body.
 */
export class EmulatorRouter {
  constructor(
    private readonly routes: RouteTable,
    private readonly context: CallerContext,
    private readonly security: ApiSecurityGate,
  ) {}

  /**
   * The AppID the request log credits a request with: the app a token
   * endpoint's `appid` names, or the app a business call acts for. Pure
   * lookups, so it can run before injected faults (which log too).
   */
  attribute(request: RouterRequest): string | undefined {
    const route = this.routes.get(request.path);
    if (!route) return undefined;
    if (route.auth === 'none') {
      return this.context.apps.find(request.query['appid'] ?? '')?.appId;
    }
    if (route.auth === 'app-credentials') {
      const credentials =
        route.body === 'json'
          ? parseJsonOrUndefined(request.rawBody)
          : request.query;
      const appid = isJsonObject(credentials)
        ? credentials['appid']
        : undefined;
      return typeof appid === 'string'
        ? this.context.apps.find(appid)?.appId
        : undefined;
    }
    return identifyCaller(request.path, request.query, this.context).app?.appId;
  }

  dispatch(request: RouterRequest): WechatReply {
    const route = this.routes.get(request.path);
    if (!route) {
      return { ...errorReply(UNKNOWN_PATH_ERRCODE), httpStatus: 404 };
    }
    if (!(route.methods as readonly string[]).includes(request.method)) {
      return errorReply(route.methods.includes('POST') ? 43002 : 43001);
    }
    if (route.auth === 'app-credentials') {
      const body = parseBody(route, request.rawBody);
      if (typeof body === 'number') return errorReply(body);
      const { method, query } = request;
      return route.handler({ method, query, body }, this.context.apps);
    }
    if (route.auth === 'none') {
      const { method, query } = request;
      return route.handler({ method, query, body: {} }, this.context.apps);
    }
    const caller = identifyCaller(request.path, request.query, this.context);
    if (caller.refusal) return caller.refusal;
    const { method, query } = request;
    const { credential } = caller;
    const opened = route.apiSecurity
      ? this.security.open(route.apiSecurity, request, caller.app)
      : { kind: 'plain' as const };
    if (opened.kind === 'refused') return opened.reply;
    if (opened.kind === 'secured') {
      const { body, exchange } = opened;
      const reply = route.handler(
        { method, query, body, credential },
        caller.app,
      );
      return this.security.seal(exchange, reply);
    }
    const body = parseBody(route, request.rawBody);
    if (typeof body === 'number') return errorReply(body);
    return route.handler({ method, query, body, credential }, caller.app);
  }
}

/** The JSON object body, or the errcode WeChat gives for a missing or bad one. */
function parseBody(
  route: RouteDefinition,
  rawBody: string,
): Record<string, unknown> | number {
  if (route.body === 'none') return {};
  if (rawBody.trim() === '') return 44002;
  try {
    const parsed: unknown = JSON.parse(rawBody);
    return isJsonObject(parsed) ? parsed : 47001;
  } catch {
    return 47001;
  }
}

import {
  type EmulatorState,
  type RouteDefinition,
  type RouteTable,
} from './emulator-route';
import { errorReply, type WechatReply } from './wechat-reply';

/** errcode sent (with HTTP 404) for a path WeChat has no API at: WeChat's "invalid url". */
export const UNKNOWN_PATH_ERRCODE = 40066;

/** The parts of an HTTP request the router looks at. */
export interface RouterRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly rawBody: string;
}

/**
 * Looks a request up in the route table and applies the checks every WeChat
 * endpoint shares, in WeChat's order: method, access token, then body.
 */
export class EmulatorRouter {
  constructor(
    private readonly routes: RouteTable,
    private readonly state: EmulatorState,
  ) {}

  dispatch(request: RouterRequest): WechatReply {
    const route = this.routes.get(request.path);
    if (!route) {
      return { ...errorReply(UNKNOWN_PATH_ERRCODE), httpStatus: 404 };
    }
    if (!(route.methods as readonly string[]).includes(request.method)) {
      return errorReply(route.methods.includes('POST') ? 43002 : 43001);
    }
    if (route.auth === 'access-token') {
      const errcode = this.state.tokens.verify(request.query['access_token']);
      if (errcode !== 0) return errorReply(errcode);
    }
    const body = parseBody(route, request.rawBody);
    if (typeof body === 'number') return errorReply(body);
    return route.handler(
      { method: request.method, query: request.query, body },
      this.state,
    );
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

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

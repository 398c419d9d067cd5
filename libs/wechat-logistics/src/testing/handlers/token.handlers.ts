import { type EmulatorState, type RouteHandler } from '../emulator-route';
import { type IssuedAccessToken } from '../token-authority';
import { errorReply, jsonReply, type WechatReply } from '../wechat-reply';

/** The credential fields both token endpoints take, from the query or the JSON body. */
interface CredentialRequest {
  readonly grant_type?: unknown;
  readonly appid?: unknown;
  readonly secret?: unknown;
}

/** GET /cgi-bin/token (§10.1): every call issues a new token. */
export const classicTokenHandler: RouteHandler = ({ query }, state) =>
  credentialErrcode(query, state) ?? tokenReply(state.tokens.issueClassic());

/** POST /cgi-bin/stable_token (§10.2): same token until its last 5 minutes, unless forced. */
export const stableTokenHandler: RouteHandler = ({ body }, state) => {
  const rejected = credentialErrcode(body, state);
  if (rejected) return rejected;
  const forceRefresh = body['force_refresh'] ?? false;
  if (typeof forceRefresh !== 'boolean') return errorReply(47001);
  return tokenReply(state.tokens.issueStable(forceRefresh));
};

/** Credential checks in the order the brief lists them: missing fields before wrong values. */
function credentialErrcode(
  request: CredentialRequest,
  { appId, appSecret }: EmulatorState,
): WechatReply | undefined {
  const present = (value: unknown): value is string =>
    typeof value === 'string' && value !== '';
  if (!present(request.appid)) return errorReply(41002);
  if (!present(request.secret)) return errorReply(41004);
  if (request.grant_type !== 'client_credential') return errorReply(40002);
  if (request.appid !== appId) return errorReply(40013);
  if (request.secret !== appSecret) return errorReply(40125);
  return undefined;
}

/** Token answers carry no errcode at all, exactly like WeChat's. */
function tokenReply({
  accessToken,
  expiresIn,
}: IssuedAccessToken): WechatReply {
  return jsonReply({ access_token: accessToken, expires_in: expiresIn });
}

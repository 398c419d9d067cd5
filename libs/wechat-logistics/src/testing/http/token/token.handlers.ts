import { type IssuedAccessToken } from '../../state/token-authority';
import {
  type AppCredentials,
  type AppDirectory,
  type CredentialHandler,
} from '../emulator-route';
import { errorReply, jsonReply, type WechatReply } from '../wechat-reply';

/** The credential fields both token endpoints take, from the query or the JSON body. */
interface CredentialRequest {
  readonly grant_type?: unknown;
  readonly appid?: unknown;
  readonly secret?: unknown;
}

/** GET /cgi-bin/token (§10.1): every call issues a new token. */
export const classicTokenHandler: CredentialHandler = ({ query }, apps) => {
  const { app, refusal } = authenticate(query, apps);
  return refusal ?? tokenReply(app.tokens.issueClassic());
};

/** POST /cgi-bin/stable_token (§10.2): same token until its last 5 minutes, unless forced. */
export const stableTokenHandler: CredentialHandler = ({ body }, apps) => {
  const { app, refusal } = authenticate(body, apps);
  if (refusal) return refusal;
  const forceRefresh = body['force_refresh'] ?? false;
  if (typeof forceRefresh !== 'boolean') return errorReply(47001);
  return tokenReply(app.tokens.issueStable(forceRefresh));
};

type Authenticated =
  | { readonly app: AppCredentials; readonly refusal?: undefined }
  | { readonly app?: undefined; readonly refusal: WechatReply };

/**
 * The app the credentials name, or the refusal. Checks in the order the brief
 * lists them: missing fields before wrong values; an AppID the emulator does
 * not serve is 40013, a wrong secret for one it does is 40125.
 */
function authenticate(
  request: CredentialRequest,
  apps: AppDirectory,
): Authenticated {
  const present = (value: unknown): value is string =>
    typeof value === 'string' && value !== '';
  const refuse = (errcode: number) => ({ refusal: errorReply(errcode) });
  if (!present(request.appid)) return refuse(41002);
  if (!present(request.secret)) return refuse(41004);
  if (request.grant_type !== 'client_credential') return refuse(40002);
  const app = apps.find(request.appid);
  if (!app) return refuse(40013);
  if (request.secret !== app.appSecret) return refuse(40125);
  return { app };
}

/** Token answers carry no errcode at all, exactly like WeChat's. */
function tokenReply({
  accessToken,
  expiresIn,
}: IssuedAccessToken): WechatReply {
  return jsonReply({ access_token: accessToken, expires_in: expiresIn });
}

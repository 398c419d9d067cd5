import { ACCESS_TOKEN_FORMAT } from '../state/access-token';
import { type AppRegistry } from '../state/app-registry';
import { type MiniProgram } from '../state/mini-program';
import { type OpenApiPermissions } from './open-api-permissions';
import {
  errmsgFor,
  errorReply,
  newRid,
  type WechatReply,
} from './wechat-reply';

/** What the emulator knows when it decides which app a business call acts for. */
export interface CallerContext {
  readonly apps: AppRegistry;
  /** The app of `options.appId`: Cloud Hosting's own app when no `from_appid` is sent. */
  readonly defaultApp: MiniProgram;
  /** Cloud Hosting mode: a call without `access_token` is vouched for by the platform. */
  readonly cloudHosting: boolean;
  readonly openApi: OpenApiPermissions;
}

/**
 * How a business call was authorised: the app's own access token, a
 * third-party platform's authorizer token for the app, or Cloud Hosting's
 * platform-supplied credential (no token at all).
 */
export type CallCredential =
  'access-token' | 'authorizer-token' | 'cloud-hosting';

/**
 * The app a business call acts for, and the refusal when it may not. `app`
 * is set whenever the emulator can tell whose call it is (an expired token
 * still names its issuer), so the request log can attribute even refusals.
 */
export type ApiCaller =
  | {
      readonly app: MiniProgram;
      readonly credential: CallCredential;
      readonly refusal?: undefined;
    }
  | { readonly app?: MiniProgram; readonly refusal: WechatReply };

/**
 * A token names its issuer, and acts for that app only. Without one, WeChat
 * answers 41001, except in Cloud Hosting mode, where the platform supplies
 * the credential for a permitted path: of `from_appid` when sent (resource
 * reuse, 资源复用), else of the environment's own app.
 */
export function identifyCaller(
  path: string,
  query: Readonly<Record<string, string>>,
  context: CallerContext,
): ApiCaller {
  const token = query['access_token'];
  if (token) return byToken(token, context.apps);
  if (!context.cloudHosting) return { refusal: errorReply(41001) };

  const fromAppId = query['from_appid'];
  const app =
    fromAppId === undefined ? context.defaultApp : context.apps.find(fromAppId);
  // A withdrawn path gets no credential at all, whichever app asked.
  if (!context.openApi.allows(path)) return { app, refusal: errorReply(41001) };
  if (!app) {
    const errmsg = `${errmsgFor(40013)}: from_appid "${fromAppId}" is not an app of this emulator rid: ${newRid()}`;
    return { refusal: errorReply(40013, {}, errmsg) };
  }
  return { app, credential: 'cloud-hosting' };
}

function byToken(token: string, apps: AppRegistry): ApiCaller {
  const issuer = apps.issuerOf(token);
  if (!issuer) {
    // Malformed before unknown, as WeChat distinguishes them.
    return {
      refusal: errorReply(ACCESS_TOKEN_FORMAT.test(token) ? 40001 : 40014),
    };
  }
  const errcode = issuer.tokens.verify(token);
  if (errcode !== 0) return { app: issuer, refusal: errorReply(errcode) };
  const credential = issuer.tokens.isAuthorizer(token)
    ? 'authorizer-token'
    : 'access-token';
  return { app: issuer, credential };
}

import { WechatApiError, WechatTransportError } from '../errors';
import { type WechatHttpClient } from '../http/wechat-http.client';
import { type ResolvedWechatLogisticsOptions } from '../options/resolved-options';

export interface FetchedToken {
  readonly accessToken: string;
  readonly expiresInSeconds: number;
}

const STABLE = {
  api: 'auth.getStableAccessToken',
  path: '/cgi-bin/stable_token',
} as const;
const CLASSIC = { api: 'auth.getAccessToken', path: '/cgi-bin/token' } as const;

/**
 * Asks WeChat for an access token: `POST /cgi-bin/stable_token` (default: a
 * routine call returns the token still in force, so several servers never
 * invalidate each other) or `GET /cgi-bin/token` (each call supersedes the
 * previous token after a 5-minute overlap). Any errcode is raised with an
 * `auth.*` api name, which the filter answers as 500: our credentials are wrong.
 */
export class TokenFetcher {
  constructor(
    private readonly http: WechatHttpClient,
    private readonly options: ResolvedWechatLogisticsOptions,
  ) {}

  get api(): string {
    return this.options.tokenEndpoint === 'stable' ? STABLE.api : CLASSIC.api;
  }

  async fetch(timeoutMs: number): Promise<FetchedToken> {
    const { appId = '', appSecret = '' } = this.options;
    const reply =
      this.options.tokenEndpoint === 'stable'
        ? await this.http.request({
            api: STABLE.api,
            method: 'POST',
            path: STABLE.path,
            // force_refresh stays false: a forced refresh invalidates the token every other server holds.
            body: {
              grant_type: 'client_credential',
              appid: appId,
              secret: appSecret,
              force_refresh: false,
            },
            timeoutMs,
          })
        : await this.http.request({
            api: CLASSIC.api,
            method: 'GET',
            path: CLASSIC.path,
            query: new URLSearchParams({
              grant_type: 'client_credential',
              appid: appId,
              secret: appSecret,
            }).toString(),
            timeoutMs,
          });
    const errcode = typeof reply.errcode === 'number' ? reply.errcode : 0;
    if (errcode !== 0) {
      throw new WechatApiError({
        errcode,
        errmsg: typeof reply.errmsg === 'string' ? reply.errmsg : '',
        api: this.api,
      });
    }
    const { access_token: accessToken, expires_in: expiresIn } = reply;
    if (
      typeof accessToken !== 'string' ||
      accessToken === '' ||
      typeof expiresIn !== 'number' ||
      expiresIn <= 0
    ) {
      throw new WechatTransportError(
        'bad-response',
        this.api,
        'token reply lacks access_token or expires_in',
      );
    }
    return { accessToken, expiresInSeconds: expiresIn };
  }
}

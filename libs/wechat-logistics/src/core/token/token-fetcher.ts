import { Inject, Injectable, Logger } from '@nestjs/common';
import { WechatApiError, WechatTransportError } from '../errors';
import {
  type UpstreamReply,
  WechatHttpClient,
} from '../http/wechat-http.client';
import { type LogFieldMap, failureFields, logFields } from '../logging/log-fields';
import { type ResolvedWechatLogisticsOptions } from '../options/resolved-options';
import { type WechatTelemetry } from '../telemetry/wechat-telemetry.interface';
import {
  RESOLVED_WECHAT_LOGISTICS_OPTIONS,
  WECHAT_TELEMETRY,
} from '../../wechat-logistics.constants';

/** Whose token to fetch. Never logged. */
export interface TokenCredentials {
  readonly appId: string;
  readonly appSecret: string;
}

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
@Injectable()
export class TokenFetcher {
  private readonly logger = new Logger('WechatLogistics');

  constructor(
    private readonly http: WechatHttpClient,
    @Inject(RESOLVED_WECHAT_LOGISTICS_OPTIONS)
    private readonly options: ResolvedWechatLogisticsOptions,
    @Inject(WECHAT_TELEMETRY) private readonly telemetry: WechatTelemetry,
  ) {}

  get api(): string {
    return this.options.tokenEndpoint === 'stable' ? STABLE.api : CLASSIC.api;
  }

  /**
   * One request for `credentials`' app, answered before `deadline` or failed
   * as a timeout; never repeated here (ClusterTokenRefresh decides). Logged at
   * debug like every upstream call, without the secret or the token.
   * `forceRefresh` (stable endpoint only) asks for a new token that invalidates the
   * current one: the token service uses it only when a routine refresh hands back the
   * very token WeChat just rejected, within WeChat's ration (see ForceRefreshRation).
   */
  fetch(
    credentials: TokenCredentials,
    deadline: number,
    { forceRefresh = false }: { forceRefresh?: boolean } = {},
  ): Promise<FetchedToken> {
    return this.telemetry.tokenFetch(this.api, forceRefresh, () =>
      this.fetchLogged(credentials, deadline, forceRefresh),
    );
  }

  private async fetchLogged(
    credentials: TokenCredentials,
    deadline: number,
    forceRefresh: boolean,
  ): Promise<FetchedToken> {
    const startedAt = Date.now();
    let fetched: FetchedToken;
    try {
      fetched = this.interpret(
        await this.request(credentials, deadline - startedAt, forceRefresh),
      );
    } catch (error) {
      this.logAttempt(
        credentials.appId,
        startedAt,
        error instanceof WechatApiError
          ? { errcode: error.errcode }
          : failureFields(error),
      );
      throw error;
    }
    this.logAttempt(credentials.appId, startedAt, { errcode: 0 });
    return fetched;
  }

  private request(
    { appId, appSecret }: TokenCredentials,
    timeoutMs: number,
    forceRefresh: boolean,
  ): Promise<UpstreamReply> {
    return this.options.tokenEndpoint === 'stable'
      ? this.http.request({
          api: STABLE.api,
          method: 'POST',
          path: STABLE.path,
          // Routine refreshes send false: a forced one invalidates the token every other server holds.
          body: {
            grant_type: 'client_credential',
            appid: appId,
            secret: appSecret,
            force_refresh: forceRefresh,
          },
          timeoutMs,
        })
      : this.http.request({
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
  }

  private interpret(reply: UpstreamReply): FetchedToken {
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

  private logAttempt(
    appId: string,
    startedAt: number,
    outcome: LogFieldMap,
  ): void {
    this.logger.debug(
      `WeChat call ${logFields({ api: this.api, appId, attempt: 1, ...outcome, latencyMs: Date.now() - startedAt })}`,
    );
  }
}

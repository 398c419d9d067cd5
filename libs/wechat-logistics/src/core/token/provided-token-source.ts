import { type AccessTokenProvider } from '../interfaces';
import { withDeadline } from '../timing/deadline';
import { WechatTransportError } from '../errors';
import { SingleFlight } from './single-flight';

/** The `api` of a provider that did not answer in time: the app's token service, not WeChat. */
export const ACCESS_TOKEN_PROVIDER_API = 'auth.accessTokenProvider';
import { type TokenProbe, type TokenSource } from './token-source';

/**
 * The tokens of an app whose `accessTokenProvider` owns them (a company-wide
 * token service, a third-party platform's authorizer tokens): the module
 * keeps no copy and fetches nothing, it asks the provider — once at a time
 * per app, whatever the concurrency — and passes it the appId.
 */
export class ProvidedTokenSource implements TokenSource {
  private readonly flight = new SingleFlight<string>();

  constructor(
    private readonly provider: AccessTokenProvider,
    private readonly appId: string | undefined,
  ) {}

  tokenInHand(): undefined {
    return undefined;
  }

  getToken(deadline: number): Promise<string> {
    return withDeadline(
      this.flight.run(() => this.provider(this.appId)),
      deadline,
      () =>
        new WechatTransportError(
          'timeout',
          ACCESS_TOKEN_PROVIDER_API,
          'no access token from accessTokenProvider within the call budget',
        ),
    );
  }

  async replaceRejected(
    rejected: string,
    deadline: number,
  ): Promise<string | undefined> {
    const replacement = await this.getToken(deadline);
    return replacement === rejected ? undefined : replacement;
  }

  async probe(deadline: number): Promise<TokenProbe> {
    try {
      await this.getToken(deadline);
      return { ready: true };
    } catch (failure) {
      return { ready: false, failure };
    }
  }
}

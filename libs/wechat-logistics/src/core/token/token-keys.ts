import { type TokenEndpoint } from '../interfaces';

/** Where one app's token state lives in the shared store. */
export interface TokenKeys {
  readonly token: string;
  readonly lock: string;
  readonly failure: string;
  readonly forceRefresh: string;
}

/**
 * Keys namespaced by token endpoint and AppID, so apps (and the two
 * endpoints, whose tokens differ) never share a token, lock, breaker or
 * force-refresh ration. Unchanged from the single-app versions: instances of
 * an older release on the same store still find the same keys.
 */
export function tokenKeys(
  endpoint: TokenEndpoint,
  appId: string | undefined,
): TokenKeys {
  const scope = `${endpoint}:${appId ?? 'provider'}`;
  return {
    token: `wechat-logistics:access-token:${scope}`,
    lock: `wechat-logistics:token-lock:${scope}`,
    failure: `wechat-logistics:token-failure:${scope}`,
    forceRefresh: `wechat-logistics:force-refresh:${scope}`,
  };
}

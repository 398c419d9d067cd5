import { type CallSecurity } from '../api-security/call-security';
import { type CallCredential } from '../caller/call-credential';
import { type AppPush } from '../../events/app-push';
import { type ResolvedAppOptions } from '../options/resolved-options';
import { type TokenSource } from '../token/token-source';

/**
 * Everything the module holds for one mini program: its options, what its
 * calls send (token or Cloud Hosting), its token state (single flight,
 * breaker, local copy, force-refresh ration: never shared with another
 * app), and its push handling. Built once per app, and for tenants from
 * `resolveApp` rebuilt when the bounded cache dropped it.
 */
export interface AppRuntime {
  readonly app: ResolvedAppOptions;
  readonly credential: CallCredential;
  /** Undefined under Cloud Hosting: no token to have. */
  readonly tokens: TokenSource | undefined;
  /** Undefined when this app has no `pushToken`: its pushes are refused. */
  readonly push: AppPush | undefined;
  /** Its API security (keys, replay guard), handed to every call. */
  readonly security: CallSecurity;
}

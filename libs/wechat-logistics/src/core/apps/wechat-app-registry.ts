import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
} from '@nestjs/common';
import { WechatAppResolutionError, WechatUnknownAppError } from '../errors';
import { logFields } from '../logging/log-fields';
import { InvalidWechatLogisticsOptionsError } from '../options/invalid-options.error';
import { resolveAppOptions } from '../options/resolve-app-options';
import { type ResolvedWechatLogisticsOptions } from '../options/resolved-options';
import { ExpiringMemoryStore } from '../store/expiring-memory-store';
import { RESOLVED_WECHAT_LOGISTICS_OPTIONS } from '../../wechat-logistics.constants';
import { type AppRuntime } from './app-runtime';
import { AppRuntimeFactory } from './app-runtime.factory';
import { LruMap } from './lru-map';

/**
 * How long an appId `resolveApp` did not know is refused without asking it
 * again: a caller sending unknown appIds costs one lookup per id and period,
 * not one per request, and a tenant added meanwhile works this soon after.
 */
export const UNKNOWN_APP_TTL_MS = 10_000;

/**
 * The mini programs this module calls for. Apps known at boot (the default
 * one and `apps`) are built at bootstrap, so a bad EncodingAESKey fails the
 * start, and are always kept. Tenants from `resolveApp` are looked up on
 * their first call — concurrent first calls share one lookup — and kept in
 * a bounded LRU, so thousands of merchants hold a bounded amount of memory;
 * a dropped one is looked up and rebuilt on its next call (its token is
 * still in the shared cache). An appId `resolveApp` does not know is
 * remembered for {@link UNKNOWN_APP_TTL_MS} (at most `maxResolvedApps` of
 * them); a lookup that fails (throws) is not remembered.
 */
@Injectable()
export class WechatAppRegistry implements OnModuleDestroy {
  private readonly logger = new Logger('WechatLogistics');
  private readonly known = new Map<string, AppRuntime>();
  private readonly tenants: LruMap<string, AppRuntime>;
  private readonly lookups = new Map<string, Promise<AppRuntime>>();
  /** appIds `resolveApp` answered `undefined` for lately; expired ones are swept, the count is bounded. */
  private readonly unknown: ExpiringMemoryStore;
  /** The app `WechatLogisticsService`'s own methods call for, if configured. */
  readonly defaultApp: AppRuntime | undefined;

  constructor(
    @Inject(RESOLVED_WECHAT_LOGISTICS_OPTIONS)
    private readonly options: ResolvedWechatLogisticsOptions,
    private readonly factory: AppRuntimeFactory,
  ) {
    this.tenants = new LruMap(options.maxResolvedApps);
    this.unknown = new ExpiringMemoryStore(options.maxResolvedApps);
    for (const [appId, app] of options.apps)
      this.known.set(appId, factory.create(app));
    const defaultApp = options.defaultApp;
    this.defaultApp =
      defaultApp === undefined
        ? undefined
        : defaultApp.appId === undefined
          ? factory.create(defaultApp)
          : this.known.get(defaultApp.appId);
  }

  /** The app when it is at hand (known, or a tenant still cached): the common case, no promise. */
  peek(appId: string): AppRuntime | undefined {
    return this.known.get(appId) ?? this.tenants.get(appId);
  }

  /**
   * The app, looked up through `resolveApp` when it is not at hand. Rejects
   * with {@link WechatUnknownAppError} when there is no such app (nothing is
   * sent), {@link WechatAppResolutionError} when the lookup failed.
   */
  get(appId: string): Promise<AppRuntime> {
    const runtime = this.peek(appId);
    if (runtime) return Promise.resolve(runtime);
    if (
      !this.options.resolveApp ||
      typeof appId !== 'string' ||
      appId === '' ||
      this.unknown.has(appId)
    )
      return Promise.reject(new WechatUnknownAppError(appId));
    let lookup = this.lookups.get(appId);
    if (!lookup) {
      lookup = this.lookUp(appId).finally(() => this.lookups.delete(appId));
      this.lookups.set(appId, lookup);
    }
    return lookup;
  }

  onModuleDestroy(): void {
    this.unknown.disconnect();
  }

  /** The default app, or the error saying there is none. */
  requireDefault(): AppRuntime {
    if (!this.defaultApp) throw new WechatUnknownAppError(undefined);
    return this.defaultApp;
  }

  private async lookUp(appId: string): Promise<AppRuntime> {
    const resolve = this.options.resolveApp as NonNullable<
      ResolvedWechatLogisticsOptions['resolveApp']
    >;
    let found: unknown;
    try {
      found = await resolve(appId);
    } catch (error) {
      // The resolver's message is the app's own (it may quote anything): only its class here.
      const kind = error instanceof Error ? error.name : typeof error;
      this.logger.warn(
        `resolveApp failed; asked again on the next call ${logFields({ appId, error: kind })}`,
      );
      throw new WechatAppResolutionError(
        appId,
        'lookup-failed',
        `failed (${kind})`,
        {
          cause: error,
        },
      );
    }
    if (found === undefined || found === null) {
      this.unknown.set(appId, true, UNKNOWN_APP_TTL_MS);
      throw new WechatUnknownAppError(appId);
    }
    const runtime = this.buildTenant(appId, found);
    this.tenants.set(appId, runtime);
    return runtime;
  }

  /** The same checks as `apps` entries get at boot, the errors naming `resolveApp("…").field`. */
  private buildTenant(appId: string, found: unknown): AppRuntime {
    try {
      const app = resolveAppOptions(found as object, {
        prefix: `resolveApp("${appId}").`,
        isDefault: false,
        cloudHosting: this.options.cloudHosting,
        moduleProvider: this.options.accessTokenProvider,
        moduleCarrierCodes: this.options.carrierCodes,
        moduleLocalDelivery: this.options.localDelivery,
      });
      if (app.appId !== appId)
        throw new InvalidWechatLogisticsOptionsError(
          `resolveApp("${appId}").appId`,
          'must be the appId asked for',
        );
      return this.factory.create(app);
    } catch (error) {
      if (!(error instanceof InvalidWechatLogisticsOptionsError)) throw error;
      // The appId is the caller's: quoted by logFields, it cannot start a line of its own.
      this.logger.error(
        `resolveApp answered invalid options ${logFields({ appId, problem: error.message })}`,
      );
      throw new WechatAppResolutionError(
        appId,
        'invalid-options',
        `answered invalid options: ${error.message}`,
      );
    }
  }
}

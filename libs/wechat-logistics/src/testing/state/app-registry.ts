import { type ResolvedAppOptions } from './emulated-app-options';
import { MiniProgram, type MiniProgramDeps } from './mini-program';

/**
 * The mini programs one emulator serves, by AppID, and which app issued
 * each token: a business call names no AppID, only its `access_token`.
 * Both lookups are one Map read, however many apps are registered.
 */
export class AppRegistry {
  private readonly apps = new Map<string, MiniProgram>();
  private readonly tokenIssuers = new Map<string, MiniProgram>();
  private readonly deps: MiniProgramDeps;
  private idList: readonly string[] | undefined;

  constructor(shared: Omit<MiniProgramDeps, 'onTokenIssued'>) {
    this.deps = {
      ...shared,
      onTokenIssued: (token, app) => this.tokenIssuers.set(token, app),
    };
  }

  /** Registers an app; throws when the AppID is taken (the caller named the field already). */
  add({ appId, appSecret, push }: ResolvedAppOptions): MiniProgram {
    if (this.apps.has(appId)) {
      throw new Error(`An app with appId "${appId}" already exists`);
    }
    const app = new MiniProgram(appId, appSecret, this.deps);
    if (push) app.applyPush(push);
    this.apps.set(appId, app);
    this.idList = undefined;
    return app;
  }

  find(appId: string): MiniProgram | undefined {
    return this.apps.get(appId);
  }

  get(appId: string): MiniProgram {
    const app = this.apps.get(appId);
    if (!app) {
      throw new Error(
        `No app with appId "${appId}": register it with options.apps or addApp()`,
      );
    }
    return app;
  }

  /** The app that issued `token`, valid or not; undefined for a token no app issued. */
  issuerOf(token: string): MiniProgram | undefined {
    return this.tokenIssuers.get(token);
  }

  /** AppIDs in registration order (the default app first); cached between additions. */
  get ids(): readonly string[] {
    this.idList ??= Object.freeze([...this.apps.keys()]);
    return this.idList;
  }

  /** Every app's state afresh; the apps themselves and their push settings stay. */
  reset(): void {
    this.apps.forEach((app) => app.reset());
    this.tokenIssuers.clear();
  }
}

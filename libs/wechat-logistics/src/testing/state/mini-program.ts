import {
  type EmulatorPushOptions,
  resolveEmulatorPushOptions,
  type ResolvedEmulatorPushOptions,
} from '../push/emulator-push-options';
import { type EmulatedPathUpdateListener } from '../logistics/push/path-update-notifier';
import { pushPathUpdate } from '../logistics/push/add-express-path-message';
import { AppPusher } from '../push/app-pusher';
import { AppApiSecurity } from '../api-security/app-api-security';
import { type PushDelivery, type PushLog } from '../push/push-log';
import { AccountBook } from '../logistics/state/account-book';
import { type CarrierRegistry } from '../logistics/state/carrier-registry';
import { type EmulatedApp } from './emulated-app';
import { type EmulatorClock } from './emulator-clock';
import { OrderBook } from '../logistics/state/order-book';
import { PrinterBook } from '../logistics/state/printer-book';
import { SandboxQuota } from '../logistics/state/sandbox-quota';
import { TokenAuthority } from './token-authority';
import { type FamilyState, type FamilyStateContext } from './family-state';
import {
  defineFamilyGetters,
  FAMILY_STATES,
  type FamilyName,
  type FamilyStates,
} from './family-states';

/** What every app of one emulator shares; a single object, so an app costs a pointer for it. */
export interface MiniProgramDeps {
  readonly clock: EmulatorClock;
  /** The emulator's base URL. */
  readonly url: string;
  readonly carriers: CarrierRegistry;
  readonly pushes: PushLog;
  /** Aborted by the emulator's `stop()`: pushes in flight end. */
  readonly lifetime: AbortSignal;
  readonly tokenExpiresInSeconds: number;
  /** Told about every token an app issues, so a request's token alone finds its app. */
  readonly onTokenIssued: (token: string, app: MiniProgram) => void;
}

/**
 * The emulator's record of one mini program. Its books are opened on first
 * use: an emulator may hold thousands of apps of which a test touches a few,
 * and an app nobody called costs two strings and two pointers.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class MiniProgram implements EmulatedApp {
  private tokenAuthority?: TokenAuthority;
  private orderBook?: OrderBook;
  private accountBook?: AccountBook;
  private printerBook?: PrinterBook;
  private sandboxQuota?: SandboxQuota;
  private pusher?: AppPusher;
  private families?: Map<FamilyName, FamilyState>;
  private security?: AppApiSecurity;

  constructor(
    readonly appId: string,
    readonly appSecret: string,
    private readonly deps: MiniProgramDeps,
  ) {}

  /** The emulator's clock (shared): handlers read it beside this app's books. */
  get clock(): EmulatorClock {
    return this.deps.clock;
  }

  /** WeChat's carrier list is global, so every app sees the same registry. */
  get carriers(): CarrierRegistry {
    return this.deps.carriers;
  }

  get tokens(): TokenAuthority {
    this.tokenAuthority ??= new TokenAuthority(
      this.deps.clock,
      this.deps.tokenExpiresInSeconds,
      (token) => this.deps.onTokenIssued(token, this),
    );
    return this.tokenAuthority;
  }

  /** The app's API-security keys and console switch (kept by `reset()`: wiring). */
  get apiSecurity(): AppApiSecurity {
    this.security ??= new AppApiSecurity(this.appId);
    return this.security;
  }

  get orders(): OrderBook {
    this.orderBook ??= this.openOrderBook();
    return this.orderBook;
  }

  get accounts(): AccountBook {
    this.accountBook ??= new AccountBook(this.deps.carriers, this.deps.clock);
    return this.accountBook;
  }

  get printers(): PrinterBook {
    this.printerBook ??= new PrinterBook();
    return this.printerBook;
  }

  get sandbox(): SandboxQuota {
    this.sandboxQuota ??= new SandboxQuota(this.deps.clock);
    return this.sandboxQuota;
  }

  /** A family's state for this app (`app.shipping` reads it), opened on first use. */
  familyState<K extends FamilyName>(name: K): FamilyStates[K] {
    this.families ??= new Map();
    let state = this.families.get(name);
    if (!state) {
      state = FAMILY_STATES[name](this.familyContext());
      this.families.set(name, state);
    }
    return state as FamilyStates[K];
  }

  configurePush(options: EmulatorPushOptions | undefined): void {
    this.applyPush(
      options === undefined
        ? undefined
        : resolveEmulatorPushOptions(options, this.appId),
    );
  }

  /** Push settings already validated (at `start()`, with the other options). */
  applyPush(options: ResolvedEmulatorPushOptions | undefined): void {
    if (options === undefined && this.pusher === undefined) return;
    this.pusher ??= new AppPusher({
      appId: this.appId,
      clock: this.deps.clock,
      log: this.deps.pushes,
      lifetime: this.deps.lifetime,
    });
    this.pusher.configure(options);
  }

  async pushPathUpdate(orderId: string): Promise<PushDelivery> {
    const order = this.orders.get(orderId);
    if (!order) throw new Error(`No order with orderId "${orderId}"`);
    const delivery = pushPathUpdate(this.pusher, order);
    if (!delivery) {
      throw new Error(
        `Message push is not configured for app ${this.appId}: call configurePush(), or pass push in its options (options.push for the default app)`,
      );
    }
    return delivery;
  }

  onPathUpdate(listener: EmulatedPathUpdateListener): () => void {
    return this.orders.pathUpdates.subscribe(listener);
  }

  /**
   * Fresh state: orders, accounts, printers, sandbox quota, tokens and each
   * family's state.
   * Path-update listeners and push settings stay (they are wiring). Books
   * never opened have nothing to forget.
   */
  reset(): void {
    this.orderBook?.clear();
    this.orderBook?.pathUpdates.clearErrors();
    this.accountBook?.clear();
    this.printerBook?.clear();
    this.sandboxQuota?.reset();
    this.tokenAuthority?.reset();
    this.families?.forEach((state) => state.reset());
  }

  private familyContext(): FamilyStateContext {
    return {
      appId: this.appId,
      clock: this.deps.clock,
      emulatorUrl: this.deps.url,
      lifetime: this.deps.lifetime,
      pushToken: () => this.pusher?.token,
      // Read at push time: push settings changed later apply to later events.
      push: (orderId, build, replyKind) =>
        this.pusher?.push(orderId, build, replyKind),
      orderBook: () => this.orders,
    };
  }

  private openOrderBook(): OrderBook {
    const book = new OrderBook(this.deps.carriers);
    // Not returned to the notifier: push delivery is tracked by the push log,
    // so `orders.pathUpdates.settled()` never waits on a slow receiver.
    book.pathUpdates.subscribe(({ order }) => {
      void pushPathUpdate(this.pusher, order);
    });
    return book;
  }
}

// The family getters (`app.shipping`…) are defined on the prototype from
// FAMILY_STATES, so a new family never edits this class; this declaration
// gives them their types.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface MiniProgram extends FamilyStates {}
defineFamilyGetters(MiniProgram.prototype, (app, name) =>
  app.familyState(name),
);

import { IntracityBook } from '../intracity/state/intracity-book';
import { LocalDeliveryBook } from '../local-delivery/state/local-delivery-book';
import { ShippingBook } from '../shipping/state/shipping-book';
import { PluginApplications } from '../third-party/plugin-applications';
import { ReturnBook } from '../returns/state/return-book';
import { TrackingBook } from '../waybill-tracking/state/tracking-book';
import {
  type FamilyStateContext,
  type FamilyStateFactory,
} from './family-state';

/**
 * Each API family's per-app state, by the name an app exposes it under
 * (`wechat.app(appId).shipping`, `wechat.shipping` for the default app,
 * `state.shipping` in a handler). A new family adds one line here; the
 * getters on apps, the emulator and handler state follow from this list.
 */
export const FAMILY_STATES = {
  shipping: (context: FamilyStateContext) => new ShippingBook(context),
  /** Components a third-party platform applied for (the plugin apply calls). */
  plugins: () => new PluginApplications(),
  returns: () => new ReturnBook(),
  tracking: (context: FamilyStateContext) => new TrackingBook(context),
  localDelivery: (context: FamilyStateContext) => new LocalDeliveryBook(context),
  /** 同城配送: stores, balances, delivery orders and their status callbacks. */
  intracity: (context: FamilyStateContext) => new IntracityBook(context),
} as const satisfies Record<string, FamilyStateFactory>;

export type FamilyName = keyof typeof FAMILY_STATES;

/** `{ shipping: ShippingBook, … }`: one member per family. */
export type FamilyStates = {
  readonly [K in FamilyName]: ReturnType<(typeof FAMILY_STATES)[K]>;
};

export const FAMILY_NAMES = Object.keys(FAMILY_STATES) as FamilyName[];

/**
 * Defines one getter per family on `prototype`, each reading `open(this, name)`:
 * on the prototype, so an app costs nothing per family until a test uses it.
 */
export function defineFamilyGetters<T extends object>(
  prototype: T,
  open: (self: T, name: FamilyName) => FamilyStates[FamilyName],
): void {
  for (const name of FAMILY_NAMES) {
    Object.defineProperty(prototype, name, {
      configurable: true,
      enumerable: false,
      get(this: T) {
        return open(this, name);
      },
    });
  }
}

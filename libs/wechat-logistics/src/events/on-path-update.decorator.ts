import { DiscoveryService } from '@nestjs/core';

/** Options of {@link OnPathUpdate}; reserved for filters (e.g. by carrier) without breaking users. */
export type OnPathUpdateOptions = Record<string, never>;

/**
 * Marks a provider (or controller) method as a handler of verified path-update
 * pushes, discovered at startup like `@OnEvent()` or `@Cron()`:
 *
 *   @Injectable()
 *   class ParcelTracker {
 *     @OnPathUpdate()
 *     async track(event: PathUpdateEvent, context: PathUpdateContext) { … }
 *   }
 *
 * Every handler runs for every new event; if one throws, the push is answered as
 * failed so WeChat re-sends it (duplicates of events that did succeed are dropped).
 * The same as `@OnWechatEvent('add_express_path')`, which it predates.
 */
export const OnPathUpdate = DiscoveryService.createDecorator<
  OnPathUpdateOptions | undefined
>();

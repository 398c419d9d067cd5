import { Logger } from '@nestjs/common';
import { failureFields, logFields } from '../core/logging/log-fields';
import { SingleFlight } from '../core/token/single-flight';
import { type CarrierLists, LoadedCarrierLists } from './loaded-carrier-lists';

/** WeChat's carrier lists change a few times a year: once a day is plenty. */
export const CARRIER_LISTS_TTL_MS = 24 * 60 * 60 * 1000;
/** After a failed refresh the old lists serve this long before the next try. */
export const CARRIER_LISTS_RETRY_MS = 5 * 60 * 1000;

/**
 * Both carrier lists for the whole module: they are WeChat's, the same for
 * every mini program, so one copy (about 1,500 entries) serves every app,
 * loaded with the credentials of whichever app asks first. Concurrent calls
 * on a cold or expired cache share one load. A refresh that fails keeps the
 * last good lists (warned once per run of failures, tried again after
 * {@link CARRIER_LISTS_RETRY_MS}); with nothing loaded yet, the caller gets
 * WeChat's error and the next call tries again.
 */
export class CarrierListCache {
  private readonly logger = new Logger('WechatLogistics');
  private readonly flight = new SingleFlight<LoadedCarrierLists>();
  private current: LoadedCarrierLists | undefined;
  private freshUntil = 0;
  private failing = false;

  constructor(
    private readonly load: (appId: string | undefined) => Promise<CarrierLists>,
    private readonly now: () => number = Date.now,
    private readonly ttlMs = CARRIER_LISTS_TTL_MS,
    private readonly retryMs = CARRIER_LISTS_RETRY_MS,
  ) {}

  /** The lists, loaded (with `appId`'s credentials) when there are none or they are due. */
  get(appId: string | undefined): Promise<LoadedCarrierLists> {
    if (this.current && this.now() < this.freshUntil)
      return Promise.resolve(this.current);
    return this.flight.run(() => this.refresh(appId));
  }

  private async refresh(
    appId: string | undefined,
  ): Promise<LoadedCarrierLists> {
    try {
      const loaded = new LoadedCarrierLists(await this.load(appId));
      this.current = loaded;
      this.freshUntil = this.now() + this.ttlMs;
      if (this.failing)
        this.logger.log(`Carrier lists loaded again ${logFields({ appId })}`);
      this.failing = false;
      return loaded;
    } catch (error) {
      if (!this.current) throw error;
      if (!this.failing)
        this.logger.warn(
          `Carrier lists could not be refreshed; the last ones loaded serve until a refresh works ${logFields(
            { appId, retryInMs: this.retryMs, ...failureFields(error) },
          )}`,
        );
      this.failing = true;
      this.freshUntil = this.now() + this.retryMs;
      return this.current;
    }
  }
}

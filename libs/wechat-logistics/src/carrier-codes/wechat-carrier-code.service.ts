import { Inject, Injectable } from '@nestjs/common';
import { type AppRuntime } from '../core/apps/app-runtime';
import { WechatAppRegistry } from '../core/apps/wechat-app-registry';
import {
  WechatCarrierNotMappedError,
  WechatValidationError,
} from '../core/errors';
import { WechatLogisticsService } from '../logistics/wechat-logistics.service';
import { type CarrierCodeMapping } from './carrier-code-match';
import { type TrackingCarrierListLoader } from './carrier-list-entry';
import { CarrierListCache } from './carrier-list-cache';
import { TRACKING_CARRIER_LIST_LOADER } from './carrier-list.providers';
import { type WechatCarrierCodes } from './wechat-carrier-codes';

const API = 'carrierCodes.trackingCodeFor';

/**
 * The logistics assistant names carriers one way (`YUNDA`), 物流服务 and
 * 发货信息管理's `express_company` another (`YD`). This maps the first to the
 * second for the module's default mini program, and `forApp(appId)` for any
 * other: `carrierCodes` overrides first (module's, then the app's), else
 * WeChat's two lists (`delivery/getall`, `get_delivery_list`), read at run
 * time, matched by id and name (see `matchCarrierCodes`), cached once for the
 * whole module and refreshed daily. A carrier without a code fails with
 * `WechatCarrierNotMappedError` naming it and the fix, before the caller
 * sends anything for it.
 */
@Injectable()
export class WechatCarrierCodeService implements WechatCarrierCodes {
  private readonly cache: CarrierListCache;

  constructor(
    private readonly registry: WechatAppRegistry,
    logistics: WechatLogisticsService,
    @Inject(TRACKING_CARRIER_LIST_LOADER)
    trackingList: TrackingCarrierListLoader,
  ) {
    this.cache = new CarrierListCache(async (appId) => {
      const client = appId === undefined ? logistics : logistics.forApp(appId);
      const [all, tracking] = await Promise.all([
        client.getAllDelivery(),
        trackingList(appId),
      ]);
      return { logistics: all.data, tracking };
    });
  }

  /** For the default mini program; see {@link WechatCarrierCodes.trackingCodeFor}. */
  trackingCodeFor(deliveryId: string): Promise<string> {
    return this.codeFor(() => this.registry.requireDefault(), deliveryId);
  }

  /** For the default mini program; see {@link WechatCarrierCodes.mapping}. */
  mapping(): Promise<CarrierCodeMapping> {
    return this.mappingOf(() => this.registry.requireDefault());
  }

  /**
   * The same for another mini program (its own `carrierCodes` over the
   * module's; the lists are shared). Never throws: an appId the module does
   * not know makes each call reject with `WechatUnknownAppError`.
   */
  forApp(appId: string): WechatCarrierCodes {
    const app = () => this.registry.get(appId);
    return {
      trackingCodeFor: (deliveryId) => this.codeFor(app, deliveryId),
      mapping: () => this.mappingOf(app),
    };
  }

  private async codeFor(
    app: () => AppRuntime | Promise<AppRuntime>,
    deliveryId: string,
  ): Promise<string> {
    if (typeof deliveryId !== 'string' || deliveryId === '')
      throw new WechatValidationError(API, [
        'deliveryId must be a non-empty string',
      ]);
    const runtime = await app();
    const overrides = runtime.app.carrierCodes;
    // An override needs no list: the sandbox's TEST works without reading WeChat's.
    if (overrides && Object.hasOwn(overrides, deliveryId))
      return overrides[deliveryId];
    const loaded = await this.cache.get(runtime.app.appId);
    const match = loaded.mappingFor(overrides).get(deliveryId);
    if (!match)
      throw new WechatCarrierNotMappedError(deliveryId, 'unknown-carrier');
    if (!match.mapped)
      throw new WechatCarrierNotMappedError(deliveryId, match.reason, {
        deliveryName: match.deliveryName,
        candidates: match.candidates,
      });
    return match.trackingCode;
  }

  private async mappingOf(
    app: () => AppRuntime | Promise<AppRuntime>,
  ): Promise<CarrierCodeMapping> {
    const runtime = await app();
    const loaded = await this.cache.get(runtime.app.appId);
    return loaded.mappingFor(runtime.app.carrierCodes);
  }
}

import { type RouteHandler } from '../../http/emulator-route';
import { localError, localOk } from '../local-delivery-replies';
import { findLocalCarrier, LOCAL_CARRIERS } from '../state/local-carriers';

/** POST `delivery/getall` (§3.1): the real carriers; TEST is not listed (not found in any capture). */
export const getAllImmeDeliveryHandler: RouteHandler = () =>
  localOk({
    list: LOCAL_CARRIERS.filter((carrier) => carrier.listed).map((carrier) => ({
      delivery_id: carrier.deliveryId,
      delivery_name: carrier.deliveryName,
    })),
  });

/** POST `shop/get` (§3.2): the accounts bound with `localDelivery.bindShop()`, with `audit_result`. */
export const getBindAccountHandler: RouteHandler = (_, { localDelivery }) =>
  localOk({
    shop_list: localDelivery.boundShops().map((shop) => ({
      shopid: shop.shopId,
      delivery_id: shop.deliveryId,
      audit_result: shop.auditResult,
    })),
  });

/**
 * POST `shop/add` (§3.3): a third-party platform only (an authorizer token,
 * else 86000), with a real carrier's delivery_id (930561). The merchant
 * finishes binding on the carrier's site, so nothing is bound yet: the
 * request is recorded (`localDelivery.bindRequests()`).
 */
export const bindAccountHandler: RouteHandler = (
  { body, credential },
  { localDelivery },
) => {
  if (credential !== 'authorizer-token') return localError(86000);
  const carrier = findLocalCarrier(body['delivery_id']);
  if (!carrier?.listed) return localError(930561);
  localDelivery.recordBindRequest(carrier.deliveryId);
  return localOk();
};

/** POST `open` (§3.4): a third-party platform only (86000), once (930569 after). */
export const openDeliveryHandler: RouteHandler = (
  { credential },
  { localDelivery },
) => {
  if (credential !== 'authorizer-token') return localError(86000);
  if (localDelivery.deliveryOpened) return localError(930569);
  localDelivery.markOpened();
  return localOk();
};

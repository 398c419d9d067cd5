import { type RouteHandler } from '../../http/emulator-route';
import { localOk, ZERO_FIELDS } from '../local-delivery-replies';
import { quote } from '../state/local-quote';
import { isReply, openLocalCall, signRefusal } from './local-call';
import { readOrderRequest } from './order-request';

/**
 * POST `order/pre_add` (local-delivery.md §3.5): WeChat's checks, then the
 * sign, then the quote. MTPS only validates (no fields); DADA and TEST add a
 * `delivery_token` that keeps the quote for 180 s of emulator time.
 */
export const preAddHandler: RouteHandler = ({ body }, { localDelivery }) => {
  const call = openLocalCall(body, localDelivery, true);
  if (isReply(call)) return call;
  const carrier = call.carrier!;
  const request = readOrderRequest(body, carrier, 'pre_add', localDelivery);
  if (isReply(request)) return request;
  const refused = signRefusal(body, call, ZERO_FIELDS.quote);
  if (refused) return refused;
  if (!carrier.quotes) return localOk();
  const quoted = quote(request);
  if (!carrier.issuesToken) return localOk({ ...quoted });
  const token = localDelivery.issueDeliveryToken(
    call.shop.shopId,
    call.shopOrderId,
    quoted,
  );
  return localOk({ ...quoted, delivery_token: token });
};

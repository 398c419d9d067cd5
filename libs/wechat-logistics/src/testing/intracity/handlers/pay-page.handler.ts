import { type PageHandler } from '../../http/emulator-route';
import { jsonReply } from '../../http/wechat-reply';

/**
 * The page storecharge's `payurl` opens (`GET /intracity-pay?appid=…&payorder_id=…`):
 * opening it pays the top-up, once, until its 30 days are over. Stands in
 * for WeChat's 服务市场 payment page, so a test "pays" with one GET.
 */
export const payPageHandler: PageHandler = ({ query }, apps) => {
  const app = apps.find(query['appid'] ?? '');
  const payorderId = query['payorder_id'] ?? '';
  const outcome = app ? app.intracity.ledger.pay(payorderId) : 'unknown';
  if (outcome === 'unknown')
    return jsonReply({ pay_status: 'FAIL', reason: 'no such top-up' }, 404);
  if (outcome === 'expired')
    return jsonReply(
      { pay_status: 'FAIL', reason: 'the top-up link has expired' },
      410,
    );
  const topUp = app!.intracity.ledger.find(payorderId)!;
  return jsonReply({
    pay_status: 'SUCCESS',
    payorder_id: payorderId,
    service_trans_id: topUp.carrier,
    charge_amt: topUp.amount,
    end_time: topUp.deadline,
  });
};

import { isJsonObject } from '../../http/json-values';
import { type FieldRefusal } from './shipment-request';

/** `payer.openid` (§3.4): required (10060014), and the payment's payer's (10060031). */
export function checkPayer(
  payer: unknown,
  payerOpenid: string,
): FieldRefusal | undefined {
  const openid = isJsonObject(payer) ? payer['openid'] : undefined;
  if (openid !== undefined && typeof openid !== 'string')
    return { errcode: 47001 };
  if (!openid) return { errcode: 10060014, detail: 'payer.openid is required' };
  return openid === payerOpenid ? undefined : { errcode: 10060031 };
}

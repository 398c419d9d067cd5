// Shared pieces of the shipping family's specs: the reference's example
// request, a seeded payment it names, and reading a push's fields. Named
// `-spec-helper.ts` so the build skips it and Jest does not run it.
import { parseFields } from '../../push/push-body';
import { PushCipher } from '../../push';
import { type ReceivedPush } from '../push/push-receiver.spec-helper';
import { type SeedPaymentInput } from './state/emulated-payment';

/** The payment the reference's examples name (shipping-info.md §4.1, §6). */
export const PAYMENT: SeedPaymentInput = {
  transactionId: '4200000000202311150000000001',
  mchid: '1900000109',
  outTradeNo: 'ORD20231115001',
  payerOpenid: 'oTestPayer0001',
  amount: 916,
  payTime: 1700000000,
};

/** The reference's upload_shipping_info example (§4.1), verbatim. */
export const EXAMPLE_UPLOAD = {
  order_key: {
    order_number_type: 2,
    transaction_id: '4200000000202311150000000001',
  },
  logistics_type: 1,
  delivery_mode: 1,
  shipping_list: [
    {
      tracking_no: 'SF1234567890123',
      express_company: 'SF',
      item_desc: '保温杯*1',
      contact: { receiver_contact: '138****5678' },
    },
  ],
  upload_time: '2023-11-15T10:00:00+08:00',
  payer: { openid: 'oTestPayer0001' },
};

/** An express package that needs no contact (not SF). */
export const YTO_PACKAGE = {
  tracking_no: 'YT0000000000001',
  express_company: 'YTO',
  item_desc: '保温杯*1',
};

/** The example upload with `changes` laid over it (`undefined` deletes a field). */
export function upload(
  changes: Record<string, unknown> = {},
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    ...structuredClone(EXAMPLE_UPLOAD),
    ...changes,
  };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete body[name];
  }
  return body;
}

/** `upload_time` `minutes` after the example's, so each upload is later than the last. */
export function uploadTimeAfter(minutes: number): string {
  const ms = Date.parse(EXAMPLE_UPLOAD.upload_time) + minutes * 60_000;
  return new Date(ms + 8 * 3_600_000)
    .toISOString()
    .replace(/\.\d{3}Z$/, '+08:00');
}

/**
 * The fields of a push the receiver accepted, read independently of the
 * decoder's mapping: the body itself in plain mode, the decrypted `Encrypt`
 * otherwise (numbers are strings in XML).
 */
export function pushFields(
  push: ReceivedPush,
  encodingAesKey: string | undefined,
  appId: string,
): Record<string, unknown> {
  const format = push.rawBody.trimStart().startsWith('<') ? 'xml' : 'json';
  const outer = parseFields(push.rawBody, format);
  if (push.query['encrypt_type'] !== 'aes') return outer;
  const inner = new PushCipher(encodingAesKey!, appId).decrypt(
    outer['Encrypt'] as string,
  );
  return parseFields(inner, format);
}

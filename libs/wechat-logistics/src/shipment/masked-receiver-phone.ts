import { type PersonDto } from '../logistics/dto/person.dto';

/**
 * The receiver's phone as the shipping upload wants it for SF (顺丰), whose
 * packages need a masked contact (reference §3.2–3.3): the waybill's mobile
 * (else landline) with everything but its first three and last four
 * characters hidden, e.g. 138****5678. The full number never goes there.
 */
export function maskedReceiverPhone(receiver: PersonDto): string | undefined {
  const phone = (receiver.mobile ?? receiver.tel ?? '').replace(/\s+/g, '');
  if (phone.length < 8) return undefined;
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

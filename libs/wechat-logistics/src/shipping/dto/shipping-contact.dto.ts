import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IsMaskedPhone } from '../../core/validation/is-masked-phone.decorator';
import {
  isPresent,
  RequiredIf,
} from '../../core/validation/required-if.decorator';
import { WHEN_PRESENT } from '../../core/validation/required-if.decorator';

/** Contact limit: 1024 (reference §3.3), in UTF-8 bytes as WeChat's limits are. */
const CONTACT_MAX_BYTES = 1024;

/**
 * `contact` of a package (reference §3.3): phone numbers **masked**, last four
 * digits shown (`189****1234`, `021-****1234`, `****123-8008`). Required for
 * SF (顺丰) packages; one of the two numbers is enough.
 */
export class ShippingContactDto {
  @TextField({
    description:
      "Sender's phone, masked: last 4 digits shown, e.g. 189****1234",
    example: '189****1234',
    maxBytes: CONTACT_MAX_BYTES,
    presence: 'optional',
  })
  @IsMaskedPhone(WHEN_PRESENT)
  consignorContact?: string;

  @TextField({
    description:
      "Receiver's phone, masked: last 4 digits shown, e.g. 138****5678; required unless consignorContact is given",
    example: '138****5678',
    maxBytes: CONTACT_MAX_BYTES,
    presence: 'conditional',
  })
  @RequiredIf<ShippingContactDto>(
    (contact) => !isPresent(contact.consignorContact),
    'unless consignorContact is given',
  )
  @IsMaskedPhone(WHEN_PRESENT)
  receiverContact?: string;
}

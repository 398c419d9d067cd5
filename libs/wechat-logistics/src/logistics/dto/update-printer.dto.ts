import { Matches } from 'class-validator';
import { PrinterUpdateType } from '../enums';
import { EnumField } from '../../core/validation/fields/enum-field.decorator';
import { TextField } from '../../core/validation/fields/text-field.decorator';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';

/** Up to 10 numeric tag ids, comma-separated, no spaces (else WeChat errcode 9300533). */
const TAGID_LIST = /^\d+(,\d+){0,9}$/;

/** Input of `logistics.updatePrinter` (`POST /cgi-bin/express/business/printer/update`). */
export class UpdatePrinterDto {
  @TextField({
    description: "The printer operator's openid",
    example: 'oPrinter000000000000000001',
    maxBytes: IDENTIFIER_MAX_BYTES,
  })
  openid!: string;

  @EnumField(PrinterUpdateType, 'PrinterUpdateType', {
    description: '"bind" or "unbind"',
    example: PrinterUpdateType.Bind,
  })
  updateType!: PrinterUpdateType;

  @TextField({
    description:
      'Platform mini programs: up to 10 tag ids, comma-separated, no spaces; the printer may print orders with those tagids',
    example: '123,456',
    presence: 'optional',
  })
  @Matches(TAGID_LIST, {
    message:
      '$property must be up to 10 numeric tag ids separated by commas, without spaces (e.g. "123,456")',
  })
  tagidList?: string;
}

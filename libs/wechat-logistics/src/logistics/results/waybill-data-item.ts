import { ApiField } from '../../core/validation/fields/api-field.decorator';

/** One item of `waybillData`: carrier data for the label, e.g. `{ key: 'SF_bagAddr', value: '广州' }`. */
export class WaybillDataItem {
  @ApiField({
    description: "What the value is, in the carrier's own naming",
    example: 'SF_bagAddr',
  })
  key!: string;

  @ApiField({ example: '广州' })
  value!: string;
}

import { ApiField } from '../../core/validation/fields/api-field.decorator';

/** Result of `logistics.getPrinter`: the openids allowed to print labels. */
export class GetPrinterResult {
  @ApiField({ type: 'integer', example: 1 })
  count!: number;

  @ApiField({ type: [String], example: ['oUser0000000000000000000001'] })
  openid!: string[];

  /** Tag ids (platform mini programs). */
  @ApiField({
    type: [String],
    description: 'Tag ids (platform mini programs)',
    example: [],
  })
  tagidList!: string[];
}

import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { GetOrderDto, PrintType } from 'nestjs-wechat-logistics';

/**
 * getOrder's query string: the order id travels in the path, and `printType`
 * arrives as text, so it is converted here (the library's DTO stays strict).
 */
export class GetOrderQueryDto extends OmitType(GetOrderDto, [
  'orderId',
  'printType',
] as const) {
  @ApiPropertyOptional({
    enum: [PrintType.TwoPart, PrintType.SinglePart],
    description: '0 = two-part label (default), 1 = single-part',
  })
  @IsOptional()
  @Type(() => Number)
  @IsIn([PrintType.TwoPart, PrintType.SinglePart], {
    message: 'printType must be 0 (two-part) or 1 (single-part)',
  })
  printType?: PrintType;
}

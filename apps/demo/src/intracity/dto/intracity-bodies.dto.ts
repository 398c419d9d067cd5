import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString } from 'class-validator';
import {
  IntracityCancelOrderDto,
  IntracityFlowType,
  IntracityMockNotifyDto,
  type IntracityQueryFlowDto,
} from 'nestjs-wechat-logistics';

// The routes under /intracity/orders/:wxOrderId take the order from the path;
// their bodies are the library's inputs without its keys, validated by the
// same rules (the library checks the whole input again before sending).

/** `POST …/orders/:wxOrderId/cancel`. */
export class IntracityCancelOrderBodyDto extends PickType(
  IntracityCancelOrderDto,
  ['cancelReasonId', 'cancelReason'] as const,
) {}

/** `POST …/test/orders/:wxOrderId/status`. */
export class IntracityMockNotifyBodyDto extends PickType(
  IntracityMockNotifyDto,
  ['orderStatus'] as const,
) {}

const WHOLE_NUMBER = { message: '$property must be an integer' };

/**
 * queryFlow's query string (`GET /intracity/flows`): numbers converted from
 * text here so a typo is a 400 naming the parameter; the library's own rules
 * (the flow type, the carrier, end not before begin) are checked by the call.
 */
export class IntracityFlowQueryDto implements IntracityQueryFlowDto {
  @ApiProperty({ description: 'The store', example: '4000000000000042001' })
  @IsString()
  wxStoreId!: string;

  @ApiProperty({
    enum: IntracityFlowType,
    enumName: 'IntracityFlowType',
    description: '1 top-ups (充值), 2 consumption (消费), 3 refunds (退款)',
  })
  @Type(() => Number)
  @IsInt(WHOLE_NUMBER)
  flowType!: IntracityFlowType;

  @ApiPropertyOptional({ description: 'DADA or SFTC', example: 'DADA' })
  @IsOptional()
  @IsString()
  serviceTransId?: IntracityQueryFlowDto['serviceTransId'];

  @ApiPropertyOptional({
    type: 'integer',
    description: 'From, Unix seconds',
    example: 1764000000,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt(WHOLE_NUMBER)
  beginTime?: number;

  @ApiPropertyOptional({
    type: 'integer',
    description: 'Until, Unix seconds',
    example: 1764200000,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt(WHOLE_NUMBER)
  endTime?: number;

  @ApiPropertyOptional({
    description:
      'PAY_MODE_STORE (sent when absent), PAY_MODE_APP or PAY_MODE_COMPONENT',
    example: 'PAY_MODE_STORE',
  })
  @IsOptional()
  @IsString()
  payMode?: IntracityQueryFlowDto['payMode'];
}

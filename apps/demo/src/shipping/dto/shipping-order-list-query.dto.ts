import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString } from 'class-validator';
import {
  type GetShippingOrderListDto,
  ShippingOrderState,
} from 'nestjs-wechat-logistics';

const WHOLE_NUMBER = { message: '$property must be an integer' };

/**
 * getOrderList's query string (`GET /shipping/orders`): the pay-time window
 * flattened to `beginTime` / `endTime`, and numbers converted from text here
 * so a typo is a 400 naming the query parameter. The library's own rules
 * (bounds, end not before begin, page size ≤ 100) are checked by the call.
 */
export class ShippingOrderListQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    description: 'From this pay time, Unix SECONDS (default 0)',
    example: 1700000000,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt(WHOLE_NUMBER)
  beginTime?: number;

  @ApiPropertyOptional({
    type: 'integer',
    description: 'Up to this pay time, inclusive, Unix SECONDS',
    example: 1700086400,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt(WHOLE_NUMBER)
  endTime?: number;

  @ApiPropertyOptional({
    enum: ShippingOrderState,
    enumName: 'ShippingOrderState',
    description:
      '1 待发货, 2 已发货, 3 确认收货, 4 交易完成, 5 已退款, 6 资金待结算',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt(WHOLE_NUMBER)
  orderState?: ShippingOrderState;

  @ApiPropertyOptional({
    description: "The payer's openid",
    example: 'oTestPayer0001',
  })
  @IsOptional()
  @IsString()
  openid?: string;

  @ApiPropertyOptional({
    description:
      "The previous page's lastIndex; absent for the first page. Pass it back while hasMore is true",
    example: '092dd3cecbc6926301',
  })
  @IsOptional()
  @IsString()
  lastIndex?: string;

  @ApiPropertyOptional({
    type: 'integer',
    description: "Payments per page, 1 to 100 (WeChat's default: 100)",
    example: 50,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt(WHOLE_NUMBER)
  pageSize?: number;
}

/** The library's input for a query: the window nested again, absent fields left out. */
export function toOrderListInput(
  query: ShippingOrderListQueryDto,
): GetShippingOrderListDto {
  const { beginTime, endTime, ...rest } = query;
  const windowGiven = beginTime !== undefined || endTime !== undefined;
  return {
    ...rest,
    ...(windowGiven && { payTimeRange: { beginTime, endTime } }),
  };
}

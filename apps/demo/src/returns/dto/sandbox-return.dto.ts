import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Length,
  Min,
} from 'class-validator';

/** `POST /returns/test/insurance`: the payment WeChat insures with 无忧退货. */
export class InsureSandboxPaymentDto {
  @ApiProperty({
    description:
      'A WeChat Pay transaction id (DEMO-TRANSACTION-1, or one POST /shipping/test/payments made)',
    example: 'DEMO-TRANSACTION-1',
  })
  @IsString()
  @IsNotEmpty()
  @Length(1, 64)
  wxPayId!: string;
}

export class SandboxInsuranceResult {
  @ApiProperty({ example: 'DEMO-TRANSACTION-1' })
  wxPayId!: string;

  @ApiProperty({ example: true })
  insured!: boolean;
}

/** `POST /returns/test/:returnId/pickup`: the buyer books a courier pick-up. */
export class BookSandboxPickupDto {
  @ApiPropertyOptional({
    description: "The pick-up's waybill (default: a fresh JD one)",
    example: 'JD0000000000001',
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  waybillId?: string;
}

/** `POST /returns/test/:returnId/self-ship`: the buyer ships it back and types the waybill. */
export class FileSandboxSelfShipDto {
  @ApiProperty({ example: 'SF1234567890' })
  @IsString()
  @IsNotEmpty()
  @Length(1, 64)
  waybillId!: string;

  @ApiProperty({
    description:
      "The carrier's code in this family's list (GET /waybill-tracking/carriers)",
    example: 'SF',
  })
  @IsString()
  @IsNotEmpty()
  @Length(1, 32)
  deliveryId!: string;

  @ApiProperty({ example: '顺丰速运' })
  @IsString()
  @IsNotEmpty()
  @Length(1, 64)
  deliveryName!: string;

  @ApiPropertyOptional({
    description:
      'false: a waybill the carrier does not know; getReturnId answers 931023 (404) from then on, even after a corrected one, as users report',
    default: true,
  })
  @IsOptional()
  @IsBoolean()
  known?: boolean;
}

/** `POST /returns/test/:returnId/advance`: the return waybill moves on. */
export class AdvanceSandboxReturnDto {
  @ApiProperty({
    description:
      'The next order_status: 1 picked up, 2 in transit, 3 out for delivery, 4 signed; or 5, 6, 7, 8, 11, 13, 14, 99 where the carrier could go there',
    example: 2,
  })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  orderStatus!: number;
}

/** A sandbox return as the emulator holds it: what getReturnId will answer. */
export class SandboxReturnResult {
  @ApiProperty({ example: '1935761508265738242' })
  returnId!: string;

  @ApiProperty({ example: 'RETURN-WALK-1' })
  shopOrderId!: string;

  @ApiProperty({ description: 'Issued by /returns/legacy', example: false })
  legacy!: boolean;

  @ApiProperty({
    description: '0 not chosen yet, 1 pick-up booked, 2 self-shipped',
    example: 2,
  })
  status!: number;

  @ApiProperty({
    example: '填写自行寄回运单号 · buyer self-shipped and typed the waybill',
  })
  state!: string;

  @ApiPropertyOptional({ example: 'SF1234567890' })
  waybillId?: string;

  @ApiPropertyOptional({ example: 'SF' })
  deliveryId?: string;

  @ApiPropertyOptional({ example: '顺丰速运' })
  deliveryName?: string;

  @ApiPropertyOptional({ example: 1 })
  orderStatus?: number;

  @ApiPropertyOptional({ example: '已揽件 · picked up' })
  waybillState?: string;
}

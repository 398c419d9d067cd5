import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { AddReturnIdDto, LegacyAddReturnIdDto } from 'nestjs-wechat-logistics';

const WAYBILL_ID_DOCS = {
  description:
    'Demo only, never sent to WeChat: the shipped waybill whose goods come back. The tracking page shows the return on that waybill’s card',
  example: 'DEMO-WAYBILL-1',
};

/** `POST /returns`: addReturnId's input, and the waybill the tracking page links the return to. */
export class CreateReturnDto extends AddReturnIdDto {
  @ApiPropertyOptional(WAYBILL_ID_DOCS)
  @IsOptional()
  @IsString()
  @Length(1, 128)
  waybillId?: string;
}

/** `POST /returns/legacy`: legacyAddReturnId's input, and the waybill the tracking page links the return to. */
export class CreateLegacyReturnDto extends LegacyAddReturnIdDto {
  @ApiPropertyOptional(WAYBILL_ID_DOCS)
  @IsOptional()
  @IsString()
  @Length(1, 128)
  waybillId?: string;
}

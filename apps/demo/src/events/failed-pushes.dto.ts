import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
} from 'class-validator';

/** `GET /logistics/events/failed?limit=&offset=`. */
export class FailedPushesQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

/** `POST /logistics/events/failed/replay`: the ids to replay, or none for every failed event. */
export class ReplayFailedPushesDto {
  @ApiPropertyOptional({
    type: [String],
    description:
      'Ids from GET /logistics/events/failed; absent: replay them all',
    example: ['wx0000000000sandbox|SF|SF1234567890|3'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  ids?: string[];
}

export class ReplayFailedPushesResult {
  @ApiProperty({ description: 'Events moved back to the queue', example: 2 })
  replayed!: number;
}

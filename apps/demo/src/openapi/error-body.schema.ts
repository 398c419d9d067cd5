import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type WechatErrorBody } from 'nestjs-wechat-logistics';

/** The one family of error bodies (the library's WechatErrorBody), for OpenAPI's components. */
export class ErrorBody implements WechatErrorBody {
  @ApiProperty({ example: 409 })
  statusCode!: number;

  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    description:
      'What went wrong in plain words; for a 400, the list of what is wrong, each naming its field',
    example:
      'The waybill already has a track (the parcel was picked up) and can no longer be cancelled.',
  })
  message!: string | string[];

  @ApiProperty({
    description: "The status's reason phrase",
    example: 'Conflict',
  })
  error!: string;

  @ApiPropertyOptional({
    description: "WeChat's errcode, when WeChat refused",
    example: 9300506,
  })
  errcode?: number;

  @ApiPropertyOptional({
    description: "WeChat's errmsg, as it came",
    example:
      'waybill has a track, can not cancel rid: 6748c1a2-1b7c0f3e-5d2a9e41',
  })
  errmsg?: string;

  @ApiPropertyOptional({
    description: "WeChat's request id, for WeChat's support",
    example: '6748c1a2-1b7c0f3e-5d2a9e41',
  })
  rid?: string;

  @ApiPropertyOptional({
    description: "The carrier's own code (502 carrier failures)",
    example: 30002,
  })
  deliveryResultcode?: number;

  @ApiPropertyOptional({
    description: "The carrier's own message",
    example: '快件已揽收',
  })
  deliveryResultmsg?: string;

  @ApiPropertyOptional({
    description: 'The mini program, for an unknown or unreachable appId',
    example: 'wx00000000000unknown',
  })
  appId?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** `POST /shipments?wait=false`: answer once the shipment is recorded, and let the queue run it. */
export class ShipQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'true',
    description:
      'false: answer 202 with the recorded shipment (status queued) as soon as it is on the queue; its steps run there with retries (WECHAT_SHIPMENT_DELIVERY=queue only)',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'wait must be true or false' })
  wait?: 'true' | 'false';
}

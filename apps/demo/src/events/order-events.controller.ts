import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAppIdParam,
  AppIdParam,
  forDefaultAndApps,
} from '../logistics/app-routes';
import { OrderIdParam } from '../logistics/order-id.param';
import {
  type ReceivedPathUpdate,
  ReceivedEventsStore,
} from './received-events.store';

@ApiTags('orders')
@ApiAppIdParam()
@Controller(forDefaultAndApps('orders'))
export class OrderEventsController {
  constructor(private readonly events: ReceivedEventsStore) {}

  @Get(':orderId/events')
  @ApiOperation({
    summary:
      'Path-update pushes (add_express_path) received for an order, oldest first',
  })
  list(
    @AppIdParam() appId: string | undefined,
    @OrderIdParam() orderId: string,
  ): Promise<ReceivedPathUpdate[]> {
    return this.events.forOrder(orderId, appId);
  }
}

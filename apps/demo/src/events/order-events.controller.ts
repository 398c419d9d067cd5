import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAppIdParam,
  AppIdParam,
  forDefaultAndApps,
} from '../logistics/app-routes';
import { ApiOrderIdParam, OrderIdParam } from '../logistics/order-id.param';
import { ReceivedPathUpdateSchema } from './path-update.schemas';
import {
  type ReceivedPathUpdate,
  ReceivedEventsStore,
} from './received-events.store';

@ApiTags('events')
@ApiAppIdParam()
@Controller(forDefaultAndApps('orders'))
export class OrderEventsController {
  constructor(private readonly events: ReceivedEventsStore) {}

  @Get(':orderId/events')
  @ApiOperation({
    operationId: 'listOrderEvents',
    summary:
      'Path-update pushes (add_express_path) received for an order, oldest first',
  })
  @ApiOrderIdParam()
  @ApiOkResponse({ type: [ReceivedPathUpdateSchema] })
  list(
    @AppIdParam() appId: string | undefined,
    @OrderIdParam() orderId: string,
  ): Promise<ReceivedPathUpdate[]> {
    return this.events.forOrder(orderId, appId);
  }
}

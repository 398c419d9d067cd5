import { Controller, Get, Param } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiAppIdParam,
  AppIdParam,
  forDefaultAndApps,
} from '../logistics/app-routes';
import { type ReceivedShippingEvent } from './received-shipping-event';
import { ReceivedShippingEventSchema } from './shipping-event.schemas';
import { ShippingEventsStore } from './shipping-events.store';

@ApiTags('events')
@ApiAppIdParam()
@Controller(forDefaultAndApps('orders', 'shipping'))
export class ShippingEventsController {
  constructor(private readonly events: ShippingEventsStore) {}

  @Get(':transactionId/events')
  @ApiOperation({
    operationId: 'listShippingOrderEvents',
    summary:
      'Shipping pushes received for a payment (trade_manage_order_settlement: will settle, settled; trade_manage_remind_shipping), oldest first',
  })
  @ApiParam({ name: 'transactionId', example: 'DEMO-TRANSACTION-1' })
  @ApiOkResponse({ type: [ReceivedShippingEventSchema] })
  list(
    @AppIdParam() appId: string | undefined,
    @Param('transactionId') transactionId: string,
  ): Promise<ReceivedShippingEvent[]> {
    return this.events.forPayment(transactionId, appId);
  }
}

import {
  BadRequestException,
  Body,
  Controller,
  Get,
  NotFoundException,
  Post,
  Query,
  Res,
  applyDecorators,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import {
  type ShipmentResult,
  type ShipmentState,
  ShipOrderDto,
  WechatShipmentService,
} from 'nestjs-wechat-logistics';
import { type DemoEnv } from '../config/demo-env';
import { ErrorResponses } from '../openapi/error-responses';
import {
  ApiAppIdParam,
  AppIdParam,
  clientFor,
  forDefaultAndApps,
} from '../logistics/app-routes';
import { OrderIdParam } from '../logistics/order-id.param';
import { ShipmentsStore } from '../tracking/shipments.store';
import { ShipQueryDto } from './dto/ship-query.dto';
import {
  ShipmentResultSchema,
  ShipmentStateSchema,
} from './dto/shipment-schemas';
import { shipOrderInput } from './ship-order-input';
import { shipErrorResponses } from './shipment-route-errors';

/** What `GET /shipments/:orderId` says of an order never shipped (for this mini program). */
function shipmentNotFound(orderId: string): string {
  return `No shipment with orderId ${JSON.stringify(orderId.slice(0, 64))} (POST /shipments ships one)`;
}

const ApiShipmentNotFound = (): MethodDecorator =>
  applyDecorators(
    ...new ErrorResponses()
      .add(404, {
        summary: 'No shipment with that order id (for this mini program)',
        value: {
          statusCode: 404,
          message: shipmentNotFound('SHIP-1'),
          error: 'Not Found',
        },
      })
      .decorators(),
  );

/** `POST /shipments`'s error answers, each with its example body. */
const ApiShipErrors = (): MethodDecorator =>
  applyDecorators(...shipErrorResponses().decorators());

/**
 * A merchant's "ship" button: the waybill, the shipping info that releases
 * the payment and the buyer's tracking in one call, exactly once per order
 * (the library's `WechatShipmentService`), and the shipment's state step by
 * step. Each shipment shows on the tracking page, live.
 */
@ApiTags('shipments')
@ApiAppIdParam()
@Controller(forDefaultAndApps('', 'shipments'))
export class ShipmentsController {
  private readonly durable: boolean;

  constructor(
    private readonly shipments: WechatShipmentService,
    private readonly tracked: ShipmentsStore,
    config: ConfigService<DemoEnv, true>,
  ) {
    this.durable =
      config.get('WECHAT_SHIPMENT_DELIVERY', { infer: true }) === 'queue';
  }

  @Post()
  @ApiOperation({
    operationId: 'ship',
    summary:
      'Ship an order: the waybill (logistics.addOrder, reconciled), the shipping info that releases the payment (shipping.uploadShippingInfo, the carrier code mapped), the buyer’s tracking (tracking.traceWaybill or followWaybill) — once per orderId: the same call again finishes what is missing and repeats nothing WeChat has (shipments.ship)',
  })
  @ApiCreatedResponse({ type: ShipmentResultSchema })
  @ApiAcceptedResponse({
    type: ShipmentStateSchema,
    description:
      '?wait=false: the shipment as recorded (status queued); GET /shipments/:orderId and the tracking page follow it',
  })
  @ApiShipErrors()
  async ship(
    @AppIdParam() appId: string | undefined,
    @Body() body: ShipOrderDto,
    @Query() query: ShipQueryDto,
    // Express's response or Fastify's reply: both set the status with `status(code)`.
    @Res({ passthrough: true }) res: { status(code: number): unknown },
  ): Promise<ShipmentResult | ShipmentState> {
    const client = clientFor(this.shipments, appId);
    if (query.wait === 'false') {
      if (!this.durable)
        throw new BadRequestException([
          'wait=false needs durable shipments: start the demo with WECHAT_SHIPMENT_DELIVERY=queue (and REDIS_URL)',
        ]);
      const queued = client.ship(shipOrderInput(body), { wait: false });
      await this.tracked.follow(appId, body.orderId, queued);
      const recorded = await queued;
      res.status(202);
      return recorded;
    }
    const call = client.ship(shipOrderInput(body));
    // Answered once the page lists it: a reload right after shows it.
    await this.tracked.follow(appId, body.orderId, call);
    return call;
  }

  @Get(':orderId')
  @ApiParam({
    name: 'orderId',
    description:
      'The merchant order id the shipment was made with (addOrder’s; ≤ 512 UTF-8 bytes)',
    example: 'SHIP-1',
  })
  @ApiOperation({
    operationId: 'shipment',
    summary:
      'A shipment’s state as recorded: its status and each step’s (waybill, shippingInfo, tracking) with attempts, result and error (shipments.shipment)',
  })
  @ApiOkResponse({ type: ShipmentStateSchema })
  @ApiShipmentNotFound()
  async shipment(
    @AppIdParam() appId: string | undefined,
    @OrderIdParam() orderId: string,
  ): Promise<ShipmentState> {
    const state = await clientFor(this.shipments, appId).shipment(orderId);
    if (!state) throw new NotFoundException(shipmentNotFound(orderId));
    return state;
  }
}

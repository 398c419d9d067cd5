import {
  Controller,
  Get,
  Header,
  type MessageEvent,
  Sse,
} from '@nestjs/common';
import {
  ApiExcludeEndpoint,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  type Observable,
  finalize,
  interval,
  map,
  merge,
  takeUntil,
} from 'rxjs';
import { IntracityOrdersStore } from '../events/intracity-orders.store';
import { LocalOrdersStore } from '../events/local-orders.store';
import { ReceivedEventsStore } from '../events/received-events.store';
import { ShippingEventsStore } from '../events/shipping-events.store';
import { ApiEventStream } from '../openapi/api-event-stream.decorator';
import { ShipmentsStore } from './shipments.store';
import { TrackedIntracityOrder } from './tracked-intracity-order';
import { TrackedLocalOrder } from './tracked-local-order';
import { TrackedShipment } from './tracked-shipment';
import { TrackedWaybill } from './tracked-waybill';
import { TrackingFeed } from './tracking-feed';
import { WaybillBuyerLinks } from './waybill-buyer-links';
import { WaybillLinksStore } from './waybill-links.store';
import { WaybillShipping } from './waybill-shipping';
import { TRACKING_PAGE_HTML, TRACKING_PAGE_SCRIPT } from './tracking-page';

/** Proxies drop a quiet stream after a minute or so; a comment-like ping keeps it open. */
const KEEP_ALIVE_MS = 25_000;

/**
 * `GET /tracking`: the waybills this demo has seen, each with its timeline,
 * updated live over Server-Sent Events as path-update pushes arrive.
 */
@ApiTags('tracking')
@Controller('tracking')
export class TrackingController {
  constructor(
    private readonly events: ReceivedEventsStore,
    private readonly shipping: ShippingEventsStore,
    private readonly links: WaybillLinksStore,
    private readonly feed: TrackingFeed,
    private readonly localOrders: LocalOrdersStore,
    private readonly shipments: ShipmentsStore,
    private readonly intracityOrders: IntracityOrdersStore,
  ) {}

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-cache')
  @ApiOperation({
    operationId: 'getTrackingPage',
    summary: 'The tracking page (HTML): waybills and their timelines, live',
  })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The page', schema: { type: 'string' } })
  page(): string {
    return TRACKING_PAGE_HTML;
  }

  @Get('app.js')
  @Header('content-type', 'text/javascript; charset=utf-8')
  @Header('cache-control', 'no-cache')
  @ApiExcludeEndpoint()
  script(): string {
    return TRACKING_PAGE_SCRIPT;
  }

  @Get('waybills')
  @ApiOperation({
    operationId: 'listTrackedWaybills',
    summary:
      "The waybills path updates arrived for, newest first, each with its latest timeline, its payment's shipping state, and its buyer side: tracking tokens and returns",
  })
  @ApiOkResponse({ type: [TrackedWaybill] })
  async waybills(): Promise<TrackedWaybill[]> {
    const waybills = await this.events.trackedWaybills();
    return Promise.all(
      waybills.map(async (waybill) => {
        const [shipping, buyer] = await Promise.all([
          this.shipping.forWaybill(waybill.appId, waybill.waybillId),
          this.links.forWaybill(waybill.appId, waybill.waybillId),
        ]);
        return {
          ...waybill,
          ...(shipping && { shipping }),
          ...(buyer && { buyer }),
        };
      }),
    );
  }

  @Get('local-orders')
  @ApiOperation({
    operationId: 'listTrackedLocalOrders',
    summary:
      'The 即时配送 orders update_waybill_status pushes arrived for, most recently moved first, each with its status in words, whether it is final, its rider and expected arrival, and every status reported',
  })
  @ApiOkResponse({ type: [TrackedLocalOrder] })
  localOrderList(): Promise<TrackedLocalOrder[]> {
    return this.localOrders.trackedLocalOrders();
  }

  @Get('shipments')
  @ApiOperation({
    operationId: 'listTrackedShipments',
    summary:
      'The shipments POST /shipments started, most recently shipped first, each with its three steps (waybill, shipping info, buyer tracking) as the library records them: state, attempts, outcome, error',
  })
  @ApiOkResponse({ type: [TrackedShipment] })
  shipmentList(): Promise<TrackedShipment[]> {
    return this.shipments.trackedShipments();
  }

  @Get('intracity-orders')
  @ApiOperation({
    operationId: 'listTrackedIntracityOrders',
    summary:
      'The 同城配送 orders status callbacks were believed for, most recently moved first, each with its status in words, whether it is final, how it was verified (sign or query), its courier when known, and every status reported',
  })
  @ApiOkResponse({ type: [TrackedIntracityOrder] })
  intracityOrderList(): Promise<TrackedIntracityOrder[]> {
    return this.intracityOrders.trackedIntracityOrders();
  }

  @Sse('stream')
  @ApiOperation({
    operationId: 'streamTrackedWaybills',
    summary:
      "Server-Sent Events: `event: waybill` with a TrackedWaybill each time a path update arrives, `event: shipping` with a WaybillShipping each time a settlement push arrives, `event: buyer` with a WaybillBuyerLinks each time a tracking token or a return of the waybill is recorded or moves, `event: local-order` with a TrackedLocalOrder each time a 即时配送 status push arrives, `event: intracity-order` with a TrackedIntracityOrder each time a 同城配送 status callback is believed, `event: shipment` with a TrackedShipment each time a shipment's record changes (a step starts, ends or fails)",
  })
  @ApiEventStream({
    event: 'waybill',
    data: TrackedWaybill,
    example: {
      appId: 'wx0123456789abcdef',
      orderId: 'WALK-1',
      deliveryId: 'TEST',
      waybillId: 'WB1764140400123',
      version: 1,
      receivedAt: '2025-11-26T07:00:01.000Z',
      nodes: [
        {
          time: '2025-11-26T07:00:00.000Z',
          actionType: 100001,
          action: '揽件成功 · picked up',
          message: '快件已被顺丰速运【深圳南山】收取',
        },
      ],
    },
    others: [
      {
        event: 'shipping',
        data: WaybillShipping,
        when: "each time a settlement push arrives for a waybill's payment",
      },
      {
        event: 'buyer',
        data: WaybillBuyerLinks,
        when: "each time the demo registers the waybill for buyer tracking (a new token), creates a return for its goods, or learns the return's newer state",
      },
      {
        event: 'local-order',
        data: TrackedLocalOrder,
        when: 'each time an update_waybill_status push (即时配送: the carrier moved a local delivery order) arrives, with the whole order as the page shows it',
      },
      {
        event: 'shipment',
        data: TrackedShipment,
        when: "each time the record of a shipment POST /shipments started changes (a step starts, ends or fails, on whichever instance or queue worker runs it), with all three steps; the waybill's track and its payment's settlement keep coming as `event: waybill` and `event: shipping`",
      },
      {
        event: 'intracity-order',
        data: TrackedIntracityOrder,
        when: 'each time a 同城配送 status callback is believed (its sign checked out, or queryOrder confirmed it), with the whole order as the page shows it',
      },
    ],
    keepAlive: { event: 'ping', everySeconds: KEEP_ALIVE_MS / 1000 },
  })
  @ApiServiceUnavailableResponse({
    description:
      'TRACKING_MAX_SUBSCRIBERS streams are open on this instance already',
    schema: { $ref: '#/components/schemas/ErrorBody' },
  })
  stream(): Observable<MessageEvent> {
    // Refused here, before the stream's headers, so the 503 is a plain answer.
    const release = this.feed.seats.take();
    return merge(
      this.feed.updates$.pipe(
        map(({ type, data }): MessageEvent => ({ type, data })),
      ),
      interval(KEEP_ALIVE_MS).pipe(
        map((): MessageEvent => ({ type: 'ping', data: '' })),
      ),
    ).pipe(takeUntil(this.feed.shuttingDown$), finalize(release));
  }
}

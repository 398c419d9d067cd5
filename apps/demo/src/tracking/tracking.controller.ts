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
import { type Observable, finalize, interval, map, merge } from 'rxjs';
import { ReceivedEventsStore } from '../events/received-events.store';
import { TrackedWaybill } from './tracked-waybill';
import { TrackingFeed } from './tracking-feed';
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
    private readonly feed: TrackingFeed,
  ) {}

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-cache')
  @ApiOperation({
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
    summary:
      'The waybills path updates arrived for, newest first, each with its latest timeline',
  })
  @ApiOkResponse({ type: [TrackedWaybill] })
  waybills(): Promise<TrackedWaybill[]> {
    return this.events.trackedWaybills();
  }

  @Sse('stream')
  @ApiOperation({
    summary:
      'Server-Sent Events: `event: waybill` with a TrackedWaybill each time a path update arrives',
  })
  @ApiProduces('text/event-stream')
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
        map((waybill): MessageEvent => ({ type: 'waybill', data: waybill })),
      ),
      interval(KEEP_ALIVE_MS).pipe(
        map((): MessageEvent => ({ type: 'ping', data: '' })),
      ),
    ).pipe(finalize(release));
  }
}

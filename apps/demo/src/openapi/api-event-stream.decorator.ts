import { applyDecorators, type Type } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiProduces,
  getSchemaPath,
} from '@nestjs/swagger';

export interface EventStreamDocs<T> {
  /** The `event:` name each message carries (`waybill`). */
  readonly event: string;
  /** The class each message's `data:` holds, as JSON. */
  readonly data: Type<T>;
  /** One message's data, shown as the stream's example. */
  readonly example: T;
  /** Further kinds of message on the same stream (`event: shipping`), each with its class and when it is sent. */
  readonly others?: readonly {
    readonly event: string;
    readonly data: Type<unknown>;
    readonly when: string;
  }[];
  /** The keep-alive event sent while nothing happens, and how often. */
  readonly keepAlive: { readonly event: string; readonly everySeconds: number };
}

/**
 * A Server-Sent Events route in OpenAPI: `text/event-stream` content, whose
 * messages are described in words and by an example of the wire text (OpenAPI
 * 3.0 has no schema for a stream's items), each message's `data` pointing at
 * its class's schema.
 */
export function ApiEventStream<T>(docs: EventStreamDocs<T>): MethodDecorator {
  const { event, data, example, keepAlive, others = [] } = docs;
  const otherMessages = others
    .map(
      (other) =>
        ` \`event: ${other.event}\` carries one ${other.data.name} (schema: ${getSchemaPath(other.data)}) ${other.when}.`,
    )
    .join('');
  return applyDecorators(
    ApiExtraModels(data, ...others.map((other) => other.data)),
    ApiProduces('text/event-stream'),
    ApiOkResponse({
      description:
        `A stream that stays open. Each message is \`event: ${event}\`, an \`id:\` counting the messages, and one ${data.name} as JSON on its \`data:\` line ` +
        `(schema: ${getSchemaPath(data)});${otherMessages} \`event: ${keepAlive.event}\` with empty data every ${keepAlive.everySeconds} s keeps proxies from closing it.`,
      content: {
        'text/event-stream': {
          schema: {
            type: 'string',
            description: `Server-Sent Events: \`event: ${event}\`, \`id: <n>\`, \`data: <${data.name} as JSON>\`, a blank line`,
          },
          example: `event: ${event}\nid: 1\ndata: ${JSON.stringify(example)}\n\n`,
        },
      },
    }),
  );
}

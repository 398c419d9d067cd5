import {
  UPLOAD_OUTCOME_UNKNOWN_ADVICE,
  WechatCarrierNotMappedError,
  WechatShipmentConflictError,
  errcodeEntryFor,
  toErrorResponse,
} from 'nestjs-wechat-logistics';
import { ADD_ORDER_ERRCODES } from '../logistics/add-order-errcodes';
import {
  badGatewayExample,
  credentialsExample,
  errcodeExample,
  type ErrorExample,
  timeoutExample,
  validationExample,
} from '../openapi/error-examples';
import { ErrorResponses } from '../openapi/error-responses';
import { UPLOAD_ERRCODES } from '../shipping/shipping-route-errcodes';
import { REGISTER_WAYBILL_ERRCODES } from '../waybill-tracking/tracking-route-errcodes';

/**
 * A shipment's three steps, each a call of its own family: a step's failure
 * is that call's own error, answered with the status its own route answers
 * (`POST /logistics/orders`, `/shipping/orders/upload`, `/waybill-tracking/trace`).
 */
export const SHIPMENT_STEP_CALLS = [
  { step: 'waybill', api: 'logistics.addOrder', errcodes: ADD_ORDER_ERRCODES },
  {
    step: 'shippingInfo',
    api: 'shipping.uploadShippingInfo',
    errcodes: UPLOAD_ERRCODES,
    // Sent once: a lost answer may have landed (the next ship checks getOrder first).
    advice: UPLOAD_OUTCOME_UNKNOWN_ADVICE,
  },
  {
    step: 'tracking',
    api: 'tracking.traceWaybill',
    errcodes: REGISTER_WAYBILL_ERRCODES,
  },
] as const;

/** What `POST /shipments` answers bad input with (the library's own words for docs/examples/ship-order.json spoilt). */
export const SHIP_INVALID = [
  'payerOpenid may hold only letters, digits, _ and -',
];

/** A carrier the logistics assistant lists but 物流服务 has no code for (品骏 in the emulator): refused before anything is sent. */
export function carrierNotMappedExample(): ErrorExample {
  const { body } = toErrorResponse(
    new WechatCarrierNotMappedError('PJ', 'no-match', {
      deliveryName: '品骏快递',
    }),
  );
  return {
    summary:
      'The waybill’s carrier has no code for the shipping upload and tracking (set CARRIER_CODES): nothing was sent',
    value: body,
  };
}

/** A deliveryId the logistics assistant does not list: the caller's mistake, nothing sent. */
export function unknownCarrierExample(): ErrorExample {
  const { body } = toErrorResponse(
    new WechatCarrierNotMappedError('NOPE', 'unknown-carrier'),
  );
  return {
    summary:
      'The waybill names a carrier the logistics assistant does not list: nothing was sent',
    value: body,
  };
}

export function conflictExample(): ErrorExample {
  const { body } = toErrorResponse(
    new WechatShipmentConflictError(
      'SHIP-1',
      'in-progress',
      'another call is shipping it and did not finish in time; ask again, or read GET /shipments/SHIP-1',
    ),
  );
  return {
    summary:
      'Another call is shipping the same order and did not finish in time, or the payment shows another shipment',
    value: body,
  };
}

/**
 * Every error `POST /shipments` can answer, each with the body a caller gets:
 * bad input (400, nothing sent), each step's WeChat errcodes under the
 * status its family gives them (keys `<step>Errcode<n>`), a carrier the
 * logistics assistant does not list (404), a concurrent shipment (409), a
 * carrier without a code and this server's credentials (500),
 * and each step's transport failures (502, 503, 504).
 */
export function shipErrorResponses(): ErrorResponses {
  const errors = new ErrorResponses().add(400, validationExample(SHIP_INVALID));
  for (const { step, api, errcodes, ...rest } of SHIPMENT_STEP_CALLS) {
    const advice = 'advice' in rest ? rest.advice : undefined;
    for (const errcode of errcodes) {
      const entry = errcodeEntryFor(errcode, api);
      if (entry)
        errors.add(
          entry.httpStatus,
          stepExample(
            step,
            errcodeExample(
              api,
              errcode,
              entry.kind === 'busy' ? advice : undefined,
            ),
          ),
          `${step}Errcode${errcode}`,
        );
    }
  }
  errors
    .add(404, unknownCarrierExample(), 'unknownCarrier')
    .add(409, conflictExample(), 'conflict')
    .add(500, carrierNotMappedExample(), 'carrierNotMapped')
    .add(500, credentialsExample(), 'credentials');
  for (const { step, api, ...rest } of SHIPMENT_STEP_CALLS) {
    const advice = 'advice' in rest ? rest.advice : undefined;
    errors
      .add(
        502,
        stepExample(step, badGatewayExample(api, advice)),
        `${step}BadGateway`,
      )
      .add(
        503,
        stepExample(step, errcodeExample(api, -1, advice)),
        `${step}Busy`,
      )
      .add(
        504,
        stepExample(step, timeoutExample(api, advice)),
        `${step}Timeout`,
      );
  }
  return errors;
}

function stepExample(step: string, example: ErrorExample): ErrorExample {
  return { ...example, summary: `${step} step: ${example.summary}` };
}

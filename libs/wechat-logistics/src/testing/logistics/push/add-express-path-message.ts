import { type SeededOrder } from '../state/emulated-order';
import { type EmulatorPushFormat } from '../../push/emulator-push-options';

/** One `Actions[]` node of the push, in WeChat's own spelling (§7). */
export type AddExpressPathAction = {
  readonly ActionTime: number;
  readonly ActionType: number;
  readonly ActionMsg: string;
};

/**
 * The `add_express_path` event exactly as WeChat sends it (§7), keys in
 * WeChat's order and spelling (`DeliveryID`, `WayBillId`). This is the JSON
 * form; the XML form carries the same keys. (A type alias, not an interface,
 * so it is assignable to `PushBodyFields`.)
 */
export type AddExpressPathMessage = {
  readonly ToUserName: string;
  readonly FromUserName: string;
  /** Unix seconds on the emulator clock, fixed when the update happened (retries re-send it). */
  readonly CreateTime: number;
  readonly MsgType: 'event';
  readonly Event: 'add_express_path';
  readonly DeliveryID: string;
  readonly WayBillId: string;
  readonly OrderId: string;
  readonly Version: number;
  readonly Count: number;
  /** The full track, oldest first. */
  readonly Actions: readonly AddExpressPathAction[];
};

/**
 * `FromUserName` (and the `openid` query parameter) of orders seeded without
 * an openid. Shaped like a real openid: 28 characters starting with `o`.
 */
export const DEFAULT_PUSH_OPENID = 'oEmulatorDefaultOpenId000000';

/** The event for `order`'s current track. */
export function buildAddExpressPathMessage(
  order: SeededOrder,
  toUserName: string,
  createTime: number,
): AddExpressPathMessage {
  return {
    ToUserName: toUserName,
    FromUserName: order.openid || DEFAULT_PUSH_OPENID,
    CreateTime: createTime,
    MsgType: 'event',
    Event: 'add_express_path',
    DeliveryID: order.deliveryId,
    WayBillId: order.waybillId,
    OrderId: order.orderId,
    Version: order.version,
    Count: order.path.length,
    Actions: order.path.map((node) => ({
      ActionTime: node.actionTime,
      ActionType: node.actionType,
      ActionMsg: node.actionMsg,
    })),
  };
}

/** Flat fields of a push body: strings, numbers, and lists of such records (`Actions`). */
export type PushBodyFields = Readonly<
  Record<
    string,
    string | number | readonly Readonly<Record<string, string | number>>[]
  >
>;

/**
 * WeChat's wire text of a push body. XML: `<xml>`, strings in CDATA, numbers
 * bare, one element per list item (`<Actions>…</Actions><Actions>…</Actions>`).
 * JSON: the object as is, Chinese unescaped.
 */
export function serializePushBody(
  fields: PushBodyFields,
  format: EmulatorPushFormat,
): string {
  if (format === 'json') return JSON.stringify(fields);
  return `<xml>${Object.entries(fields)
    .map(([name, value]) => xmlElement(name, value))
    .join('')}</xml>`;
}

function xmlElement(name: string, value: PushBodyFields[string]): string {
  if (typeof value === 'number') return `<${name}>${value}</${name}>`;
  if (typeof value === 'string') return `<${name}>${cdata(value)}</${name}>`;
  return value
    .map(
      (item) =>
        `<${name}>${Object.entries(item)
          .map(([child, text]) => xmlElement(child, text))
          .join('')}</${name}>`,
    )
    .join('');
}

/** `]]>` cannot appear inside CDATA: split it across two sections, as XML writers do. */
function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

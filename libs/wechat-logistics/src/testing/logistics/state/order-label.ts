import { PrintType } from '../../../logistics/enums/print-type.enum';
import { type EmulatedCarrier } from './carrier-registry';
import { type SeededOrder } from './emulated-order';
import { textField } from './waybill-data';

/**
 * The label getOrder returns as `print_html` (Base64 of HTML, §6.2). Real
 * labels are carrier templates; this one carries what tests can check: the
 * waybill id, both parties, the waybill data and one part per print_type.
 */
export function renderLabelHtml(
  order: SeededOrder,
  carrier: EmulatedCarrier | undefined,
  printType: PrintType,
): string {
  const body = order.requestBody ?? {};
  const sender = party(body['sender']);
  const receiver = party(body['receiver']);
  const marks = order.waybillData
    .map(
      ({ key, value }) => `<li data-key="${escape(key)}">${escape(value)}</li>`,
    )
    .join('');
  const part = (title: string): string =>
    `<section class="part"><h2>${title}</h2>` +
    `<p class="waybill-id">${escape(order.waybillId)}</p>` +
    `<p class="receiver">收 ${receiver}</p><p class="sender">寄 ${sender}</p>` +
    `<ul class="waybill-data">${marks}</ul>` +
    `<p class="remark">${escape(textField(body, 'custom_remark'))}</p></section>`;
  const parts =
    printType === PrintType.SinglePart
      ? [part('一联单')]
      : [part('派件联'), part('收件联')];
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8">` +
    `<title>${escape(order.waybillId)}</title></head>` +
    `<body data-delivery-id="${escape(order.deliveryId)}" data-print-type="${printType}">` +
    `<h1>${escape(carrier?.deliveryName ?? order.deliveryId)}</h1>${parts.join('')}` +
    `</body></html>`
  );
}

/** `print_html` itself: the label as Base64 of its UTF-8 bytes. */
export function renderPrintHtml(
  order: SeededOrder,
  carrier: EmulatedCarrier | undefined,
  printType: PrintType,
): string {
  return Buffer.from(
    renderLabelHtml(order, carrier, printType),
    'utf8',
  ).toString('base64');
}

function party(person: unknown): string {
  const phone = textField(person, 'mobile') || textField(person, 'tel');
  const address = ['province', 'city', 'area', 'address']
    .map((name) => textField(person, name))
    .join('');
  return `<span class="name">${escape(textField(person, 'name'))}</span> ${escape(phone)} ${escape(address)}`;
}

function escape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[
        char
      ] ?? char,
  );
}

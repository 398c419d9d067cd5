import { type EmulatorPushFormat } from './emulator-push-options';

/** A nested record of a push body: `Actions[]` items, 即时配送's `agent`. */
export type PushBodyRecord = Readonly<Record<string, string | number>>;

/**
 * Fields of a push body: strings, numbers, one nested record (`agent`), and
 * lists of such records (`Actions`).
 */
export type PushBodyFields = Readonly<
  Record<string, string | number | PushBodyRecord | readonly PushBodyRecord[]>
>;

/**
 * WeChat's wire text of a push body. XML: `<xml>`, strings in CDATA, numbers
 * bare, a nested record as one element with children (`<agent><name>…</name></agent>`),
 * one element per list item (`<Actions>…</Actions><Actions>…</Actions>`).
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
  const items: readonly PushBodyRecord[] = isRecordList(value)
    ? value
    : [value];
  return items
    .map(
      (item) =>
        `<${name}>${Object.entries(item)
          .map(([child, text]) => xmlElement(child, text))
          .join('')}</${name}>`,
    )
    .join('');
}

function isRecordList(
  value: PushBodyRecord | readonly PushBodyRecord[],
): value is readonly PushBodyRecord[] {
  return Array.isArray(value);
}

/** `]]>` cannot appear inside CDATA: split it across two sections, as XML writers do. */
function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

import { type EmulatorPushFormat } from './emulator-push-options';

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

import { type PushFormat } from './push-body';

/** What the push URL answers: the body and its content type. */
export interface PushReply {
  readonly body: string;
  readonly contentType: string;
}

/** The answer to every push but the few that require a reply message. */
export const SUCCESS_REPLY: PushReply = {
  body: 'success',
  contentType: 'text/plain; charset=utf-8',
};

/**
 * A reply message in the push's own format, as WeChat writes its messages:
 * XML with one element per field (strings in CDATA, numbers bare), or JSON.
 */
export function replyMessage(
  fields: Record<string, string | number>,
  format: PushFormat,
): PushReply {
  if (format === 'json')
    return {
      body: JSON.stringify(fields),
      contentType: 'application/json; charset=utf-8',
    };
  return { body: toReplyXml(fields), contentType: 'text/xml; charset=utf-8' };
}

/** Flat fields only: a reply carries no nested elements. */
export function toReplyXml(fields: Record<string, string | number>): string {
  const elements = Object.entries(fields).map(([name, value]) =>
    typeof value === 'number'
      ? `<${name}>${value}</${name}>`
      : // `]]>` inside a value would end the section early: split it across two.
        `<${name}><![CDATA[${value.replaceAll(']]>', ']]]]><![CDATA[>')}]]></${name}>`,
  );
  return `<xml>${elements.join('')}</xml>`;
}

import { type INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { PushCipher } from '../../libs/wechat-logistics/src/push/push-cipher';
import {
  computeMsgSignature,
  computeSignature,
} from '../../libs/wechat-logistics/src/push/push-signature';

/** Signs and (in safe/compatible mode) encrypts a push exactly as WeChat does, for tests of the receiving side. */
export interface PushSettings {
  token: string;
  encodingAesKey: string;
  appId: string;
}

export type Mode = 'plain' | 'compatible' | 'safe';
export type Format = 'xml' | 'json';

export interface EventFields {
  orderId: string;
  waybillId: string;
  version: number;
  actions?: { time: number; type: number; msg: string }[];
  event?: string;
}

export interface BuiltPush {
  query: Record<string, string>;
  body: string;
  contentType: string;
}

export function pathUpdateFields(e: EventFields): Record<string, unknown> {
  const actions = e.actions ?? [
    { time: 1764140400, type: 100001, msg: '揽件成功' },
  ];
  return {
    ToUserName: 'gh_0123456789ab',
    FromUserName: 'oUser0001',
    CreateTime: Math.floor(Date.now() / 1000),
    MsgType: 'event',
    Event: e.event ?? 'add_express_path',
    DeliveryID: 'TEST',
    WayBillId: e.waybillId,
    OrderId: e.orderId,
    Version: e.version,
    Count: actions.length,
    Actions: actions.map((a) => ({
      ActionTime: a.time,
      ActionType: a.type,
      ActionMsg: a.msg,
    })),
  };
}

export function toXml(fields: Record<string, unknown>): string {
  const element = (name: string, value: unknown): string => {
    if (Array.isArray(value))
      return value.map((item) => element(name, item)).join('');
    if (value !== null && typeof value === 'object') {
      return `<${name}>${Object.entries(value)
        .map(([k, v]) => element(k, v))
        .join('')}</${name}>`;
    }
    return typeof value === 'number'
      ? `<${name}>${value}</${name}>`
      : `<${name}><![CDATA[${String(value)}]]></${name}>`;
  };
  return `<xml>${Object.entries(fields)
    .map(([k, v]) => element(k, v))
    .join('')}</xml>`;
}

export function buildPush(
  settings: PushSettings,
  fields: Record<string, unknown>,
  mode: Mode,
  format: Format,
  overrides: { timestamp?: number; appId?: string } = {},
): BuiltPush {
  const timestamp = String(
    overrides.timestamp ?? Math.floor(Date.now() / 1000),
  );
  const nonce = String(randomBytes(4).readUInt32BE());
  const serialise = (value: Record<string, unknown>) =>
    format === 'xml' ? toXml(value) : JSON.stringify(value);
  const query: Record<string, string> = {
    signature: computeSignature(settings.token, timestamp, nonce),
    timestamp,
    nonce,
    openid: 'oUser0001',
  };
  const contentType = format === 'xml' ? 'text/xml' : 'application/json';
  if (mode === 'plain') return { query, body: serialise(fields), contentType };
  const encrypt = new PushCipher(
    settings.encodingAesKey,
    overrides.appId ?? settings.appId,
  ).encrypt(serialise(fields));
  query.encrypt_type = 'aes';
  query.msg_signature = computeMsgSignature(
    settings.token,
    timestamp,
    nonce,
    encrypt,
  );
  const envelope =
    mode === 'safe'
      ? { ToUserName: fields.ToUserName, Encrypt: encrypt }
      : { ...fields, Encrypt: encrypt };
  return { query, body: serialise(envelope), contentType };
}

/** Any push (its fields as WeChat writes them), sealed in safe mode as a production console sends it. */
export function sealedPush(
  settings: PushSettings,
  fields: Record<string, unknown>,
  format: Format = 'json',
): BuiltPush {
  return buildPush(settings, fields, 'safe', format);
}

/** A path update for one waybill version, sealed in safe mode as a production console sends it. */
export function sealedPathUpdate(
  settings: PushSettings,
  event: Pick<EventFields, 'orderId' | 'waybillId' | 'version'>,
  format: Format = 'json',
): BuiltPush {
  return sealedPush(settings, pathUpdateFields(event), format);
}

/** POSTs a built push to the demo's push URL (`/logistics/events`, or another app's), as WeChat sends it. */
export function postPush(
  app: INestApplication,
  push: BuiltPush,
  path = '/logistics/events',
): request.Test {
  return request(app.getHttpServer())
    .post(path)
    .query(push.query)
    .set('content-type', push.contentType)
    .send(push.body);
}

// Push handling core, transport-agnostic. Not yet re-exported from the library's index.
export * from './decoded-push';
export * from './path-update-event';
export { type PushFormat } from './push-body';
export * from './push-cipher';
export { type PushMessageDecoderOptions } from './push-decoder-options';
export * from './push-message-decoder';
export * from './push-signature';
export * from './push-xml';
export * from './wechat-push.error';
export * from './opened-push';
export * from './push-fields';
export * from './push-reply';

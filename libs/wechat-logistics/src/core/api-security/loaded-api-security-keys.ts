import { type KeyObject } from 'node:crypto';

/** One app's keys, loaded and checked: what sealing a request and opening a reply use. */
export interface LoadedApiSecurityKeys {
  /** 32 bytes. */
  readonly aesKey: Buffer;
  readonly aesSn: string;
  readonly privateKey: KeyObject;
  readonly rsaSn: string | undefined;
  /** Platform certificate SN (the console's) → its public key; several during a rotation. */
  readonly platformKeys: ReadonlyMap<string, KeyObject>;
}

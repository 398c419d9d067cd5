import * as path from 'node:path';
import {
  type EmulatorFault,
  type SeedOrderInput,
} from 'nestjs-wechat-logistics/testing';
import { ChildRpc } from './child-rpc';

export interface UpstreamInfo {
  readonly url: string;
  readonly appId: string;
  readonly appSecret: string;
}

export interface UpstreamStats {
  /** TCP connections the emulator accepted since it started. */
  readonly connections: number;
  /** Token endpoint answers (stable and classic) since it started. */
  readonly tokenFetches: number;
}

export interface LoggedWireRequest {
  readonly rawBody: string;
  readonly query: Readonly<Record<string, string>>;
}

/** The bench's WeChat: a `WechatEmulator` in a child process, driven over IPC. */
export class Upstream {
  private constructor(private readonly rpc: ChildRpc<UpstreamInfo>) {}

  static async start(): Promise<Upstream> {
    return new Upstream(
      await ChildRpc.fork<UpstreamInfo>(
        path.join(__dirname, 'upstream-host.ts'),
      ),
    );
  }

  get info(): UpstreamInfo {
    return this.rpc.ready;
  }

  stats(): Promise<UpstreamStats> {
    return this.rpc.call('stats');
  }

  injectFault(fault: EmulatorFault): Promise<void> {
    return this.rpc.call('injectFault', fault);
  }

  seedOrder(order: SeedOrderInput): Promise<void> {
    return this.rpc.call('seedOrder', order);
  }

  /** Registers `count` more mini programs, `${prefix}0` …, all with `appSecret`. */
  addApps(prefix: string, count: number, appSecret: string): Promise<void> {
    return this.rpc.call('addApps', { prefix, count, appSecret });
  }

  clearLog(): Promise<void> {
    return this.rpc.call('clearLog');
  }

  /** The last request the emulator received on `wirePath`: its exact body and query. */
  async lastRequest(wirePath: string): Promise<LoggedWireRequest> {
    const logged = await this.rpc.call<LoggedWireRequest | undefined>(
      'lastRequest',
      wirePath,
    );
    if (!logged)
      throw new Error(`the emulator received nothing on ${wirePath}`);
    return logged;
  }

  stop(): Promise<void> {
    return this.rpc.stop();
  }
}

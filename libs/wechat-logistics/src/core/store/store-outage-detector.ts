import { Logger } from '@nestjs/common';

/** What an operation asks of the store: to answer (`read`) or to change something (`write`: set, delete, lock). */
export type StoreOperationKind = 'read' | 'write';

/** The probes the detector runs while an outage lasts; each reports back through succeeded / failed. */
export interface StoreProbes {
  read(): Promise<unknown>;
  write(): Promise<unknown>;
}

/**
 * Tells the store's two kinds of trouble apart and logs each once, with one
 * line when it starts and one when it ends:
 *
 * - **down** (reads fail or go unanswered: Redis stopped, frozen,
 *   unreachable): every operation is skipped until a read succeeds again;
 *   instances no longer share one token.
 * - **writes refused** (reads answered, writes refused: a full Redis with
 *   `noeviction`, a replica left read-only): only writes are skipped, until
 *   a write succeeds again; tokens in the store are still read, so calls
 *   still succeed and the instance stays ready.
 *
 * A failed write alone does not tell which it is (a store that just died
 * fails writes too), so a read decides: answered, writes are refused;
 * failed, the store is down. An outage ends only on a success of its own
 * kind, so a store that answers reads and refuses writes does not flap
 * between "down" and "back".
 *
 * While an outage lasts, one operation of its kind per `probeIntervalMs`
 * is let through as the probe, and a background timer (unref'd, stopped on
 * dispose) probes too, so a quiet instance sees the store's return.
 */
export class StoreOutageDetector {
  private readonly logger = new Logger('WechatLogistics');
  private storeDown = false;
  /** `confirming`: a write failed and the read that tells "down" from "writes refused" is under way. */
  private writes: 'accepted' | 'confirming' | 'refused' = 'accepted';
  private nextReadProbeAt = 0;
  private nextWriteProbeAt = 0;
  private prober: NodeJS.Timeout | undefined;
  private disposed = false;

  constructor(
    private readonly probes: StoreProbes,
    private readonly probeIntervalMs = 1000,
  ) {}

  /** Reads fail: the store counts as down and every operation is skipped. */
  get down(): boolean {
    return this.storeDown;
  }

  /** Reads are answered, writes refused (never true while the store is down). */
  get writesRefused(): boolean {
    return !this.storeDown && this.writes === 'refused';
  }

  /** Why an operation of `kind` is skipped now, or `undefined` to run it (maybe as the outage's probe). */
  refusal(kind: StoreOperationKind, now: number): string | undefined {
    if (this.storeDown) {
      if (kind === 'read' && now >= this.nextReadProbeAt) {
        this.nextReadProbeAt = now + this.probeIntervalMs;
        return undefined;
      }
      return 'the shared token store is down';
    }
    if (kind === 'write' && this.writes !== 'accepted') {
      if (this.writes === 'refused' && now >= this.nextWriteProbeAt) {
        this.nextWriteProbeAt = now + this.probeIntervalMs;
        return undefined;
      }
      return 'the shared token store refuses writes';
    }
    return undefined;
  }

  succeeded(kind: StoreOperationKind): void {
    if (this.disposed) return;
    if (kind === 'read') {
      if (!this.storeDown) return;
      this.storeDown = false;
      this.logger.log(
        'Shared token store is answering again; instances share one access token again',
      );
    } else {
      if (this.writes === 'accepted') return;
      const wasRefused = this.writes === 'refused';
      this.writes = 'accepted';
      if (wasRefused)
        this.logger.log(
          'Shared token store accepts writes again; new tokens and push records are shared again',
        );
    }
    this.stopProbingIfWell();
  }

  failed(kind: StoreOperationKind, reason: string): void {
    if (this.disposed) return;
    if (kind === 'read') {
      this.nextReadProbeAt = Date.now() + this.probeIntervalMs;
      if (this.storeDown) return;
      this.storeDown = true;
      this.startProbing();
      this.logger.warn(
        `Shared token store unavailable (${reason}); this instance uses its own copy of the access token until it answers again`,
      );
      return;
    }
    this.nextWriteProbeAt = Date.now() + this.probeIntervalMs;
    if (this.storeDown || this.writes !== 'accepted') return;
    this.writes = 'confirming';
    // A read decides: answered, writes alone are refused; failed, the read's own report declares the store down.
    this.probes.read().then(
      () => this.writesConfirmedRefused(reason),
      () => {
        if (this.writes === 'confirming') this.writes = 'accepted';
      },
    );
  }

  dispose(): void {
    this.disposed = true;
    this.stopProbing();
  }

  private writesConfirmedRefused(reason: string): void {
    if (this.writes !== 'confirming' || this.disposed) return;
    this.writes = 'refused';
    this.startProbing();
    this.logger.warn(
      `Shared token store refuses writes (${reason}); it still answers reads, so calls go on with the tokens it holds, and what cannot be written stays in this instance until it accepts writes again`,
    );
  }

  private startProbing(): void {
    if (this.prober !== undefined) return;
    this.prober = setInterval(() => {
      if (this.storeDown) {
        this.nextReadProbeAt = 0; // this read is the probe
        this.probes.read().catch(() => undefined);
      } else if (this.writes === 'refused') {
        this.nextWriteProbeAt = 0; // this write is the probe
        this.probes.write().catch(() => undefined);
      } else this.stopProbing();
    }, this.probeIntervalMs);
    this.prober.unref();
  }

  private stopProbingIfWell(): void {
    if (!this.storeDown && this.writes !== 'refused') this.stopProbing();
  }

  private stopProbing(): void {
    clearInterval(this.prober);
    this.prober = undefined;
  }
}

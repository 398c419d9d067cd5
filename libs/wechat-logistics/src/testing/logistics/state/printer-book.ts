/** A bound printer operator (updatePrinter), camelCase for tests. */
export interface EmulatedPrinter {
  readonly openid: string;
  /** Tag ids this printer may pull orders for (platform mini programs). */
  readonly tagids: readonly string[];
}

/** Printer operators bound to the mini program, in bind order. */
export class PrinterBook {
  private readonly printers = new Map<string, string[]>();

  /** Binds `openid`, or replaces its tag list when already bound (updatePrinter "bind"). */
  bind(openid: string, tagids: readonly string[] = []): EmulatedPrinter {
    this.printers.set(openid, [...tagids]);
    return { openid, tagids: [...tagids] };
  }

  /** updatePrinter "unbind"; false when the openid was not bound. */
  unbind(openid: string): boolean {
    return this.printers.delete(openid);
  }

  list(): EmulatedPrinter[] {
    return [...this.printers].map(([openid, tagids]) => ({
      openid,
      tagids: [...tagids],
    }));
  }

  clear(): void {
    this.printers.clear();
  }
}

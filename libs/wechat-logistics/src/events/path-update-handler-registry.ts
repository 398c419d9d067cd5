import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { OnPathUpdate } from './on-path-update.decorator';
import { type PathUpdateHandler } from './path-update-context';

export interface RegisteredPathUpdateHandler {
  /** `ClassName.method`, for logs. */
  readonly name: string;
  readonly handle: PathUpdateHandler;
}

/** Finds every `@OnPathUpdate()` method of the app's providers and controllers once, at startup. */
@Injectable()
export class PathUpdateHandlerRegistry implements OnModuleInit {
  private readonly logger = new Logger('WechatLogistics');
  private found: RegisteredPathUpdateHandler[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  get handlers(): readonly RegisteredPathUpdateHandler[] {
    return this.found;
  }

  onModuleInit(): void {
    const wrappers = [
      ...this.discovery.getProviders(),
      ...this.discovery.getControllers(),
    ];
    const found: RegisteredPathUpdateHandler[] = [];
    for (const wrapper of wrappers) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      // Request-scoped providers have no single instance to call; they are skipped.
      if (
        !instance ||
        typeof instance !== 'object' ||
        !wrapper.isDependencyTreeStatic()
      )
        continue;
      for (const method of this.scanner.getAllMethodNames(
        Object.getPrototypeOf(instance) as object,
      )) {
        if (
          this.discovery.getMetadataByDecorator(
            OnPathUpdate,
            wrapper,
            method,
          ) === undefined
        )
          continue;
        const fn = instance[method] as PathUpdateHandler;
        found.push({
          name: `${instance.constructor.name}.${method}`,
          handle: fn.bind(instance),
        });
      }
    }
    this.found = found;
    // Wiring detail, like Nest's own route mapping: shown with debug logging.
    this.logger.debug(
      `Path-update handlers: ${found.map((h) => h.name).join(', ') || 'none'}`,
    );
  }
}

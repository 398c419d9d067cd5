import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { PATH_UPDATE_EVENT } from '../push/path-update-event';
import { OnPathUpdate } from './on-path-update.decorator';
import { OnWechatEventMetadata } from './on-wechat-event.decorator';
import { type EventHandler } from './running-handlers';

/** One discovered handler method, whatever it takes. */
export interface RegisteredWechatEventHandler extends EventHandler<
  unknown,
  unknown
> {
  /** `ClassName.method`, for logs. */
  readonly name: string;
}

/** The name `@OnWechatEvent('*')` registers under. */
const EVERY_UNTYPED = '*';

/**
 * Finds every `@OnWechatEvent(name)` and `@OnPathUpdate()` (which is
 * `add_express_path`) method of the app's providers and controllers once, at
 * startup, and hands out the handlers of a push by its name.
 */
@Injectable()
export class WechatEventHandlerRegistry implements OnModuleInit {
  private readonly logger = new Logger('WechatLogistics');
  private byName = new Map<string, RegisteredWechatEventHandler[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  /** The handlers of a typed event, by its (lower-case) name. */
  typed(name: string): readonly RegisteredWechatEventHandler[] {
    return this.byName.get(name) ?? [];
  }

  /** The handlers of a push without a type of its own: those of its name, then the `'*'` ones. */
  untyped(name: string): readonly RegisteredWechatEventHandler[] {
    return [
      ...(name === EVERY_UNTYPED ? [] : (this.byName.get(name) ?? [])),
      ...(this.byName.get(EVERY_UNTYPED) ?? []),
    ];
  }

  onModuleInit(): void {
    const wrappers = [
      ...this.discovery.getProviders(),
      ...this.discovery.getControllers(),
    ];
    const byName = new Map<string, RegisteredWechatEventHandler[]>();
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
        const name = this.handledName(wrapper, method);
        if (name === undefined) continue;
        const fn = instance[method] as (...args: unknown[]) => unknown;
        const list = byName.get(name) ?? [];
        list.push({
          name: `${instance.constructor.name}.${method}`,
          handle: fn.bind(instance),
        });
        byName.set(name, list);
      }
    }
    this.byName = byName;
    // Wiring detail, like Nest's own route mapping: shown with debug logging.
    this.logger.debug(
      `Path-update handlers: ${
        this.typed(PATH_UPDATE_EVENT)
          .map((h) => h.name)
          .join(', ') || 'none'
      }`,
    );
    const others = [...byName.keys()].filter((n) => n !== PATH_UPDATE_EVENT);
    if (others.length > 0)
      this.logger.debug(
        `Push event handlers: ${others
          .map(
            (n) =>
              `${n} → ${byName
                .get(n)
                ?.map((h) => h.name)
                .join(', ')}`,
          )
          .join('; ')}`,
      );
  }

  private handledName(
    wrapper: Parameters<DiscoveryService['getMetadataByDecorator']>[1],
    method: string,
  ): string | undefined {
    const named = this.discovery.getMetadataByDecorator(
      OnWechatEventMetadata,
      wrapper,
      method,
    );
    if (typeof named === 'string') return named;
    return this.discovery.getMetadataByDecorator(
      OnPathUpdate,
      wrapper,
      method,
    ) === undefined
      ? undefined
      : PATH_UPDATE_EVENT;
  }
}

import { ApiResponse } from '@nestjs/swagger';
import { type ErrorExample } from './error-examples';

/**
 * Error examples grouped by status, then one OpenAPI response per status:
 * the examples' summaries as its description, each body under its own key
 * (`errcode9300506`, a push rejection's reason, `example1`).
 */
export class ErrorResponses {
  private readonly byStatus = new Map<number, [string, ErrorExample][]>();

  add(status: number, example: ErrorExample, key?: string): this {
    const list = this.byStatus.get(status) ?? [];
    const errcode = example.value.errcode;
    list.push([
      key ??
        (errcode === undefined
          ? `example${list.length + 1}`
          : `errcode${errcode}`),
      example,
    ]);
    this.byStatus.set(status, list);
    return this;
  }

  decorators(): MethodDecorator[] {
    return [...this.byStatus].map(([status, list]) =>
      ApiResponse({
        status,
        description: list.map(([, e]) => `- ${e.summary}`).join('\n'),
        content: {
          'application/json': {
            schema: { $ref: '#/components/schemas/ErrorBody' },
            examples: Object.fromEntries(list),
          },
        },
      }),
    );
  }
}

import { Body, Controller, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  DocumentBuilder,
  type OpenAPIObject,
  SwaggerModule,
} from '@nestjs/swagger';
import { AddOrderDto } from './add-order.dto';

@Controller()
class OrdersController {
  @Post()
  add(@Body() _order: AddOrderDto): void {}
}

@Module({ controllers: [OrdersController] })
class DocsModule {}

/** The parts of a generated schema these tests read. */
interface Schema {
  readonly properties: Record<string, Record<string, unknown>>;
  readonly required?: string[];
  readonly [key: string]: unknown;
}

describe('the OpenAPI schema generated from the DTOs', () => {
  let schemas: Record<string, Schema>;

  beforeAll(async () => {
    const app = await NestFactory.create(DocsModule, { logger: false });
    const document: OpenAPIObject = SwaggerModule.createDocument(
      app,
      new DocumentBuilder().build(),
    );
    schemas = document.components?.schemas as unknown as typeof schemas;
    await app.close();
  });

  it('refers to nested DTOs by name', () => {
    expect(schemas.AddOrderDto.properties.sender.allOf).toEqual([
      { $ref: '#/components/schemas/PersonDto' },
    ]);
    expect(schemas.CargoDto.properties.detailList).toMatchObject({
      type: 'array',
      minItems: 1,
      items: { $ref: '#/components/schemas/CargoDetailDto' },
    });
  });

  it('lists enum values, not the reverse mappings of numeric enums', () => {
    expect(schemas.AddSource).toMatchObject({ type: 'number', enum: [0, 2] });
  });

  it('marks only unconditional fields required, and states byte limits', () => {
    expect(schemas.PersonDto.required).toEqual([
      'name',
      'province',
      'city',
      'area',
      'address',
    ]);
    expect(schemas.PersonDto.properties.name.description).toBe(
      'Name (≤ 64 UTF-8 bytes)',
    );
  });
});

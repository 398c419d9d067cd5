/**
 * With @nestjs/swagger installed next to the package, the DTOs carry their API
 * metadata: a generated OpenAPI document describes CancelOrderDto's fields.
 * Same output protocol as consumer-check.ts.
 */
import 'reflect-metadata';
import { Body, Controller, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { strict as assert } from 'node:assert';
import { CancelOrderDto } from 'nestjs-wechat-logistics';

@Controller('parcels')
class ParcelsController {
  @Post('cancel')
  cancel(@Body() body: CancelOrderDto): CancelOrderDto {
    return body;
  }
}

@Module({ controllers: [ParcelsController] })
class AppModule {}

interface PropertySchema {
  type?: string;
  description?: string;
  example?: unknown;
}

async function main(): Promise<void> {
  const app = await NestFactory.create(AppModule, { logger: false });
  try {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder().setTitle('check').build(),
    );
    const schema = document.components?.schemas?.['CancelOrderDto'] as
      | { properties?: Record<string, PropertySchema>; required?: string[] }
      | undefined;
    assert.ok(schema?.properties, 'no CancelOrderDto schema in the document');
    for (const field of ['orderId', 'deliveryId', 'waybillId', 'openid']) {
      const property: PropertySchema | undefined = schema.properties[field];
      assert.equal(
        property?.type,
        'string',
        `${field}: ${JSON.stringify(property)}`,
      );
      assert.ok(
        (property.description ?? '').length > 10,
        `${field} has no description`,
      );
      assert.ok(property.example !== undefined, `${field} has no example`);
    }
    assert.match(schema.properties['orderId'].description!, /512 UTF-8 bytes/);
    assert.deepEqual([...(schema.required ?? [])].sort(), [
      'deliveryId',
      'orderId',
      'waybillId',
    ]);
    console.log(
      "ok - the OpenAPI document shows CancelOrderDto's fields with their descriptions",
    );
  } catch (error) {
    console.log(
      `not ok - the OpenAPI document shows CancelOrderDto's fields: ${String(error)}`,
    );
    process.exitCode = 1;
  } finally {
    await app.close();
  }
}

void main();

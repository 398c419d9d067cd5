import { Body, Controller, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  ApiOkResponse,
  DocumentBuilder,
  type OpenAPIObject,
  SwaggerModule,
} from '@nestjs/swagger';
import { FamousBrandApplyDto } from './famous-brand-apply.dto';
import { UploadCombinedShippingInfoDto } from './upload-combined-shipping-info.dto';
import { UploadShippingInfoDto } from './upload-shipping-info.dto';
import { GetShippingOrderResult } from '../results';

@Controller()
class ShippingController {
  @Post('upload')
  upload(@Body() _input: UploadShippingInfoDto): void {}

  @Post('combined')
  combined(@Body() _input: UploadCombinedShippingInfoDto): void {}

  @Post('brand')
  brand(@Body() _input: FamousBrandApplyDto): void {}

  @Post('order')
  @ApiOkResponse({ type: GetShippingOrderResult })
  order(): void {}
}

@Module({ controllers: [ShippingController] })
class DocsModule {}

type Schema = Record<string, Record<string, Record<string, unknown>>>;

describe("the shipping family's OpenAPI schemas", () => {
  let schemas: Schema;

  beforeAll(async () => {
    const app = await NestFactory.create(DocsModule, { logger: false });
    const document: OpenAPIObject = SwaggerModule.createDocument(
      app,
      new DocumentBuilder().build(),
    );
    schemas = document.components?.schemas as Schema;
    await app.close();
  });

  it('documents uploadTime as a date-time and the package bound of split delivery', () => {
    const upload = schemas.UploadShippingInfoDto.properties;
    expect(upload.uploadTime).toMatchObject({
      type: 'string',
      format: 'date-time',
    });
    expect(upload.shippingList).toMatchObject({ minItems: 1, maxItems: 15 });
    expect(upload.logisticsType).toMatchObject({
      allOf: [{ $ref: '#/components/schemas/LogisticsType' }],
    });
    expect(schemas.LogisticsType).toMatchObject({ enum: [1, 2, 3, 4] });
  });

  it('documents every nested class, results included', () => {
    for (const name of [
      'OrderKeyDto',
      'ShippingItemDto',
      'ShippingContactDto',
      'PayerDto',
      'ShipmentDto',
      'FamousBrandAuditInfoDto',
      'ShippingOrder',
      'ShippingOrderShipping',
      'ShippingOrderPackage',
    ])
      expect(schemas[name]).toBeDefined();
  });
});

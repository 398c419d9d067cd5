import { Logger } from '@nestjs/common';
import { OmitType } from '@nestjs/swagger';
import * as classTransformer from 'class-transformer';
import {
  type ClassConstructor,
  Type,
  plainToInstance,
} from 'class-transformer';
import { IsInt, getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import * as dtos from '../../logistics/dto';
import { CancelOrderDto } from '../../logistics/dto';
import { PlainDto, isPlainDto } from './plain-dto.decorator';
import { quickValidator } from './quick-validator';

const declaredPlain = Object.values(dtos).filter(
  (value): value is ClassConstructor<object> =>
    typeof value === 'function' &&
    isPlainDto(value as ClassConstructor<object>),
);

function propertiesOf(type: ClassConstructor<object>): string[] {
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(
    type,
    '',
    false,
    false,
  );
  return [...new Set(metadatas.map((metadata) => metadata.propertyName))];
}

const primitive = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

describe('@PlainDto', () => {
  it('marks the flat inputs of the service (and nothing with nested classes)', () => {
    expect(declaredPlain.map((type) => type.name).sort()).toEqual([
      'BatchGetOrderItemDto',
      'BindAccountDto',
      'CancelOrderDto',
      'GetOrderDto',
      'GetPathDto',
      'GetQuotaDto',
      'TestUpdateOrderDto',
      'UpdatePrinterDto',
    ]);
  });

  it.each(declaredPlain.map((type) => [type.name, type] as const))(
    '%s is copied as is by plainToInstance, whatever primitive values it holds',
    (_name, type) => {
      const properties = propertiesOf(type);
      expect(properties.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(
          fc.record(
            Object.fromEntries(properties.map((key) => [key, primitive])),
            { requiredKeys: [] },
          ),
          (input) => {
            const instance = plainToInstance(type, input);
            expect(instance).toBeInstanceOf(type);
            expect({ ...instance }).toEqual(input);
            for (const key of Object.keys(input))
              expect(Object.is((instance as never)[key], input[key])).toBe(
                true,
              );
          },
        ),
        { seed: 20261202, numRuns: 200 },
      );
    },
  );
});

describe('@PlainDto on a class it does not fit', () => {
  /** Marked by mistake: class-transformer turns the string into a number. */
  @PlainDto()
  class MislabelledDto {
    @Type(() => Number)
    @IsInt()
    count!: number;
  }

  /** Marked rightly: a subclass built from a library DTO, as the demo's route bodies are. */
  @PlainDto()
  class BodyDto extends OmitType(CancelOrderDto, ['orderId'] as const) {}

  it('is noticed once, and the class is validated through plainToInstance', () => {
    const warn = jest
      .spyOn(Logger.prototype, 'warn')
      .mockImplementation(() => undefined);
    try {
      // Valid only after class-transformer's conversion: a copy would hold the string.
      const made = quickValidator(MislabelledDto)?.({ count: '3' });
      expect(made).toBeInstanceOf(MislabelledDto);
      expect(made?.count).toBe(3);
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining('MislabelledDto is declared @PlainDto()'),
      );
    } finally {
      warn.mockRestore();
    }
  });

  it('holds for a mapped subclass, which is then copied without class-transformer', () => {
    const transform = jest.spyOn(classTransformer, 'plainToInstance');
    try {
      const input = { deliveryId: 'TEST', waybillId: 'W1' };
      const made = quickValidator(BodyDto)?.(input);
      const probes = transform.mock.calls.length; // the one-time probe
      expect(made).toBeInstanceOf(BodyDto);
      expect({ ...made }).toEqual(input);
      quickValidator(BodyDto)?.(input);
      expect(transform.mock.calls.length).toBe(probes);
    } finally {
      transform.mockRestore();
    }
  });
});

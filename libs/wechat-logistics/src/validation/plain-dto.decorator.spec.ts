import { type ClassConstructor, plainToInstance } from 'class-transformer';
import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import * as dtos from '../dto';
import { isPlainDto } from './plain-dto.decorator';

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

import { messagesFor } from '../../logistics/dto/support.spec-helper';
import { IsEnumValue, enumValues } from './is-enum-value.decorator';

enum Size {
  Small = 0,
  Large = 2,
}
enum Colour {
  Red = 'red',
}

class Box {
  @IsEnumValue(Size)
  size!: Size;

  @IsEnumValue(Colour)
  colour!: Colour;
}

describe('IsEnumValue', () => {
  it('lists only values, not the reverse mappings of numeric enums', () => {
    expect(enumValues(Size)).toEqual([0, 2]);
    expect(enumValues(Colour)).toEqual(['red']);
  });

  it('accepts the values', () => {
    expect(messagesFor(Box, { size: 2, colour: 'red' })).toEqual([]);
  });

  it("refuses a numeric enum's member names, which class-validator's IsEnum accepts", () => {
    expect(messagesFor(Box, { size: 'Large', colour: 'Red' })).toEqual([
      'size must be one of 0 (Small), 2 (Large)',
      'colour must be one of "red"',
    ]);
  });
});

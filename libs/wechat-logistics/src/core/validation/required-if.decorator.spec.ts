import { IsString } from 'class-validator';
import { messagesFor } from '../../logistics/dto/support.spec-helper';
import { RequiredIf, WHEN_PRESENT } from './required-if.decorator';

class Parcel {
  @IsString()
  kind!: string;

  @RequiredIf<Parcel>(
    (parcel) => parcel.kind === 'fragile',
    'when kind is fragile',
  )
  @IsString(WHEN_PRESENT)
  note?: string;
}

describe('RequiredIf', () => {
  it('requires the field when the condition holds, with one message', () => {
    expect(messagesFor(Parcel, { kind: 'fragile' })).toEqual([
      'note is required when kind is fragile',
    ]);
  });

  it('lets the field be absent when the condition does not hold', () => {
    expect(messagesFor(Parcel, { kind: 'plain' })).toEqual([]);
  });

  it('treats null as absent', () => {
    expect(messagesFor(Parcel, { kind: 'fragile', note: null })).toEqual([
      'note is required when kind is fragile',
    ]);
  });

  it('validates a given value whatever the condition', () => {
    expect(messagesFor(Parcel, { kind: 'plain', note: 7 })).toEqual([
      'note must be a string',
    ]);
  });
});

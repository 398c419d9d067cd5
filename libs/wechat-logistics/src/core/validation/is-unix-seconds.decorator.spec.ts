import { messagesFor } from '../../logistics/dto/support.spec-helper';
import {
  IsUnixSeconds,
  MILLISECONDS_THRESHOLD,
} from './is-unix-seconds.decorator';

class Pickup {
  @IsUnixSeconds()
  at!: number;
}

describe('IsUnixSeconds', () => {
  it.each([0, 1764140400, MILLISECONDS_THRESHOLD - 1])('accepts %p', (at) => {
    expect(messagesFor(Pickup, { at })).toEqual([]);
  });

  it.each([1764140400000, MILLISECONDS_THRESHOLD])(
    'refuses %p as milliseconds',
    (at) => {
      expect(messagesFor(Pickup, { at })).toEqual([
        `at must be Unix seconds, but ${at} looks like milliseconds (divide it by 1000)`,
      ]);
    },
  );
});

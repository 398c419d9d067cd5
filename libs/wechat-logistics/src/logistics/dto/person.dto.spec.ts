import { PersonDto } from './person.dto';
import { chinese, messagesFor, validPerson } from './support.spec-helper';

describe('PersonDto', () => {
  it('accepts a sender with a mobile number only', () => {
    expect(messagesFor(PersonDto, validPerson())).toEqual([]);
  });

  it('accepts a landline instead of a mobile number', () => {
    const person = { ...validPerson(), mobile: undefined };
    expect(messagesFor(PersonDto, { ...person, tel: '020-88888888' })).toEqual(
      [],
    );
  });

  it('requires tel or mobile, with one message naming both', () => {
    const person = { ...validPerson(), mobile: undefined };
    expect(messagesFor(PersonDto, person)).toEqual([
      'mobile is required unless tel is given',
    ]);
  });

  it('still checks a mobile number given beside a landline', () => {
    expect(
      messagesFor(PersonDto, { ...validPerson(), tel: '020', mobile: '' }),
    ).toEqual(['mobile should not be empty']);
  });

  it.each([
    ['name', 64],
    ['tel', 32],
    ['mobile', 32],
    ['company', 64],
    ['postCode', 10],
    ['country', 64],
    ['province', 64],
    ['city', 64],
    ['area', 64],
    ['address', 512],
  ])(
    'limits %s to %p UTF-8 bytes, counting a Chinese character as 3',
    (field, limit) => {
      const fits = chinese(Math.floor(limit / 3)) + 'x'.repeat(limit % 3);
      expect(Buffer.byteLength(fits)).toBe(limit);
      expect(
        messagesFor(PersonDto, { ...validPerson(), [field]: fits }),
      ).toEqual([]);
      expect(
        messagesFor(PersonDto, { ...validPerson(), [field]: `${fits}x` }),
      ).toEqual([
        `${field} must be at most ${limit} bytes in UTF-8 (a Chinese character is 3 bytes)`,
      ]);
    },
  );

  it.each(['name', 'province', 'city', 'area', 'address'])(
    'requires %s',
    (field) => {
      expect(
        messagesFor(PersonDto, { ...validPerson(), [field]: undefined }),
      ).toContain(`${field} should not be empty`);
    },
  );
});

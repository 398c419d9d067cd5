import { ApiParam } from '@nestjs/swagger';

/** `:returnId` in OpenAPI: the library's ReturnIdDto checks it (digits) before anything is sent. */
export const ApiReturnIdParam = (): MethodDecorator =>
  ApiParam({
    name: 'returnId',
    description:
      'The return id addReturnId (or legacyAddReturnId) gave: a string of digits, 19 in WeChat examples',
    example: '1935761508265738242',
  });

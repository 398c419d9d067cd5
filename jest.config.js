/** One Jest run covers the library's unit specs, the demo's specs and the e2e suites under test/. */
module.exports = {
  moduleFileExtensions: ['js', 'json', 'ts'],
  rootDir: '.',
  roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/test'],
  testRegex: '.*\\.(spec|e2e-spec)\\.ts$',
  transform: { '^.+\\.ts$': 'ts-jest' },
  testEnvironment: 'node',
  moduleNameMapper: {
    '^nestjs-wechat-logistics/testing$': '<rootDir>/libs/wechat-logistics/src/testing',
    '^nestjs-wechat-logistics$': '<rootDir>/libs/wechat-logistics/src',
  },
  testTimeout: 30000,
};

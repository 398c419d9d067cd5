// @ts-check
import eslint from '@eslint/js';
import eslintConfigPrettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'eslint.config.mjs', 'jest.config.js'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  eslintConfigPrettier,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.jest },
      sourceType: 'commonjs',
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // What the package ships: optional peers are required lazily where they are
    // used (never imported), and no other package's internals are reached into.
    files: ['libs/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.spec-helper.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@nestjs/swagger', message: 'An optional peer: use ApiField (core/validation/fields/api-field.decorator.ts).' },
            { name: '@nestjs/axios', message: 'An optional peer: the app passes its HttpService (typed structurally as WechatHttpService).' },
            { name: 'axios', message: 'An optional peer: the app passes its HttpService (typed structurally as WechatHttpService).' },
            { name: '@opentelemetry/api', message: 'An optional peer: requireOptionalPeer, typed by core/telemetry/open-telemetry-api.ts.' },
            { name: '@nestjs/terminus', message: 'An optional peer: the health indicator returns its result shape without it.' },
            { name: '@nestjs/bullmq', message: 'An optional peer: requireOptionalPeer, typed by events/queue/bullmq-api.ts.' },
            { name: 'bullmq', message: 'An optional peer: requireOptionalPeer, typed by events/queue/bullmq-api.ts.' },
          ],
          patterns: [
            { group: ['class-transformer/*', 'class-validator/*', '@nestjs/*/dist/*', '@nestjs/*/internal'], message: "Another package's internals break when it changes its layout or exports map." },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec-helper.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);

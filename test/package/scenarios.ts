import { devInstallArgs } from './readme-snippets';
import { PACKAGE_README } from './readme-jest';

/**
 * The scratch apps CI installs the packed tarball into, outside the checkout,
 * with a plain `npm install` (no --legacy-peer-deps).
 */
export interface Scenario {
  readonly name: string;
  readonly description: string;
  /** Installed first, as an app has them before it adds the package. */
  readonly dependencies: readonly string[];
  readonly devDependencies: readonly string[];
  /** How the sources compile: classic CommonJS, or Node's own resolution (Nest 12 is ESM). */
  readonly module: 'commonjs' | 'nodenext';
  readonly withSwagger: boolean;
  /** Also compile the README's TypeScript blocks here (they need config, Redis, testing…). */
  readonly readmeSnippets: boolean;
  /** Run the package README's `*.spec.ts` blocks with Jest, in a Nest CLI app's Jest setup, with no optional peer installed. */
  readonly readmeJest: boolean;
}

const TYPESCRIPT = ['typescript@~5.9', '@types/node@^20'];
/** The test tools at the versions the package README tells users to install (TypeScript among them). */
const README_TEST_TOOLS = devInstallArgs(PACKAGE_README);

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'nest11-lowest',
    description:
      'Nest 11 at the lowest versions the peer ranges allow, no swagger',
    dependencies: [
      '@nestjs/common@11.0.0',
      '@nestjs/core@11.0.0',
      '@nestjs/platform-express@11.0.0',
      '@nestjs/cache-manager@3.0.0',
      'cache-manager@6.4.0',
      // 0.14.0's declarations need a global ValidatorJS namespace today's @types/validator no longer has
      'class-validator@0.14.1',
      'class-transformer@0.5.1',
      'reflect-metadata@0.2.0',
      // @nestjs/cache-manager 3.0.0 needs ^7.8.1, so that is the lowest an app can have
      'rxjs@7.8.1',
    ],
    devDependencies: TYPESCRIPT,
    module: 'commonjs',
    withSwagger: false,
    readmeSnippets: false,
    readmeJest: false,
  },
  {
    name: 'nest12-latest',
    description:
      'the newest Nest 12 line, no swagger, checked as ESM and as CommonJS',
    dependencies: [
      '@nestjs/common@^12',
      '@nestjs/core@^12',
      '@nestjs/platform-express@^12',
      '@nestjs/cache-manager@^12',
      'cache-manager@^7',
      // keyv 6 needs Node.js 22; @nestjs/cache-manager 12 asks for keyv >= 5
      'keyv@^5',
      'class-validator',
      'class-transformer',
      'reflect-metadata',
      'rxjs',
    ],
    devDependencies: TYPESCRIPT,
    module: 'nodenext',
    withSwagger: false,
    readmeSnippets: false,
    readmeJest: false,
  },
  {
    name: 'nest11-swagger-docs',
    description:
      "the newest Nest 11 line with @nestjs/swagger, and the READMEs' TypeScript",
    dependencies: [
      '@nestjs/common@^11',
      '@nestjs/core@^11',
      '@nestjs/platform-express@^11',
      '@nestjs/cache-manager@^3',
      '@nestjs/swagger@^11',
      '@nestjs/config@^4',
      '@nestjs/testing@^11',
      '@nestjs/terminus@^11',
      '@nestjs/platform-fastify@^11',
      '@nestjs/axios@^4',
      'axios',
      '@nestjs/bullmq@^11',
      'bullmq@^5',
      'cache-manager@^7',
      'keyv@^5',
      '@keyv/redis@~5.1',
      // @keyv/redis 5.1 takes a node-redis v5 client; `npm i @redis/client` now installs v6
      '@redis/client@^5',
      'class-validator',
      'class-transformer',
      'reflect-metadata',
      'rxjs',
    ],
    devDependencies: [
      ...TYPESCRIPT,
      '@types/express@^5',
      '@types/jest@^30',
      // @nestjs/cache-manager 3.1's declarations import it without depending on it
      // (TS2307 under skipLibCheck: false, whatever the app imports)
      'cacheable',
    ],
    module: 'commonjs',
    withSwagger: true,
    readmeSnippets: true,
    readmeJest: false,
  },
  {
    name: 'nest11-jest-no-peers',
    description:
      "the newest Nest 11 line with no optional peer, running the package README's Jest tests (the emulator, the push recipe on Express and Fastify)",
    dependencies: [
      '@nestjs/common@^11',
      '@nestjs/core@^11',
      '@nestjs/platform-express@^11',
      // the push recipe's Fastify app; not an optional peer of the package
      '@nestjs/platform-fastify@^11',
      '@nestjs/cache-manager@^3',
      'cache-manager@^7',
      'class-validator',
      'class-transformer',
      'reflect-metadata',
      'rxjs',
    ],
    devDependencies: ['@types/node@^20', ...README_TEST_TOOLS],
    module: 'commonjs',
    withSwagger: false,
    readmeSnippets: false,
    readmeJest: true,
  },
];

import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { type DemoEnv } from '../config/demo-env';
import { SandboxService } from './sandbox.service';

@Module({
  providers: [
    {
      provide: SandboxService,
      useFactory: (config: ConfigService<DemoEnv, true>) =>
        config.get('WECHAT_APP_ID', { infer: true })
          ? SandboxService.disabled()
          : SandboxService.start(),
      inject: [ConfigService],
    },
  ],
  exports: [SandboxService],
})
export class SandboxModule {}

import { ConfigurableModuleBuilder } from '@nestjs/common';
import { type WechatLogisticsModuleOptions } from './core/interfaces';

export const {
  ConfigurableModuleClass,
  MODULE_OPTIONS_TOKEN: WECHAT_LOGISTICS_MODULE_OPTIONS,
  OPTIONS_TYPE,
  ASYNC_OPTIONS_TYPE,
} = new ConfigurableModuleBuilder<WechatLogisticsModuleOptions>({
  moduleName: 'WechatLogistics',
})
  .setClassMethodName('forRoot')
  .setFactoryMethodName('createWechatLogisticsOptions')
  .setExtras({ isGlobal: false }, (definition, extras) => ({
    ...definition,
    global: extras.isGlobal,
  }))
  .build();

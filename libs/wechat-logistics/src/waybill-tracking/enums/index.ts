export * from './waybill-trace-status.enum';

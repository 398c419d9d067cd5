export * from './add-return-id.result';
export * from './get-return-id.result';
export * from './returns-empty.results';

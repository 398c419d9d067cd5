export * from './intracity.results';

// Compiles only while no name is exported by both entry points (TS2308 otherwise):
// an app can import from both in one file without aliasing anything.
export * from 'nestjs-wechat-logistics';
export * from 'nestjs-wechat-logistics/testing';

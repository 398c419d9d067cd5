/**
 * The HTTP platforms the demo runs on; the suites that go through its routes
 * run on each (`describe.each(PLATFORMS)`), since the library must behave the
 * same under both.
 */
export {
  DEMO_PLATFORMS as PLATFORMS,
  type DemoPlatform,
} from '../../apps/demo/src/platform/demo-platform';

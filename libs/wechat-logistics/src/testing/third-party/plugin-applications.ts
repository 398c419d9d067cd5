import { type FamilyState } from '../state/family-state';

/**
 * The logistics components a third-party platform applied for on this app's
 * behalf (物流服务's message and query components, 退货组件): each can be
 * applied for once; the admin's 24-hour confirmation is taken as given.
 */
export class PluginApplications implements FamilyState {
  private readonly components = new Set<string>();

  /** Whether `component` ('msg', 'query', 'return') is applied for (or enabled by a test). */
  applied(component: string): boolean {
    return this.components.has(component);
  }

  /** Marks `component` as on, as if applied for before the test. */
  enable(component: string): void {
    this.components.add(component);
  }

  reset(): void {
    this.components.clear();
  }
}

import { fit } from "../relate/valueSet.js";
import type { GroupShape } from "./clashIndex.js";
import type { Visit } from "./intervalIndex.js";

/**
 * Whether two groups contradict each other: assertions that cannot both be true, or a denial of
 * a value the other's assertion fits. Two denials never do.
 */
export function groupsClash(a: GroupShape, b: GroupShape): boolean {
  if (a.stance === "denies" && b.stance === "denies") return false;
  const compatible = fit(a.set, b.set).compatible;
  return a.stance === b.stance ? !compatible : compatible;
}

/**
 * The plain form of {@link ClashIndex}: it checks every active group. It serves propositions with
 * a handful of distinct statements, where building interval trees costs more than it saves, and
 * it is the reference the indexed form is tested against.
 */
export class ScanClashIndex {
  private readonly active: boolean[];

  constructor(private readonly groups: readonly GroupShape[]) {
    this.active = groups.map(() => false);
  }

  /** Switches a group on or off. */
  set(id: number, active: boolean): void {
    this.active[id] = active;
  }

  /** Visits every active group that contradicts group `id`; false when `visit` stopped it. */
  clashes(id: number, visit: Visit): boolean {
    const group = this.groups[id];
    if (!group) return true;
    for (let other = 0; other < this.groups.length; other++) {
      const shape = this.groups[other];
      if (other !== id && this.active[other] && shape && groupsClash(group, shape) && !visit(other)) return false;
    }
    return true;
  }
}

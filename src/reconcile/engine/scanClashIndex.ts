import { keepLayout } from "../../internal/keepLayout.js";
import { clashes as statementsClash } from "../../rules/judgement.js";
import type { GroupShape } from "./clashIndex.js";
import type { Visit } from "./intervalIndex.js";

const UNKNOWN = 0;
const CLASH = 1;
const FIT = 2;

/**
 * The plain form of {@link ClashIndex}: it checks every active group. It serves propositions with
 * a handful of distinct statements, where building interval trees costs more than it saves, and
 * it is the reference the indexed form is tested against.
 *
 * Each pair's verdict is kept once found: the sweep, the status and each side's own claims ask
 * about the same pairs. One reconcile call loads it with each small proposition's groups in turn
 * ({@link ScanClashIndex.load}) instead of making one per proposition.
 */
export class ScanClashIndex {
  private groups: readonly GroupShape[] = [];
  private active = new Uint8Array(0);
  private verdicts = new Uint8Array(0);

  constructor(groups: readonly GroupShape[] = []) {
    this.load(groups);
  }

  /** Forgets the last groups and their verdicts, and takes these, none of them active. */
  load(groups: readonly GroupShape[]): this {
    const g = groups.length;
    if (this.active.length < g) {
      this.active = new Uint8Array(g);
      this.verdicts = new Uint8Array(g * g);
    } else {
      // Loops, not fill: a handful of groups, loaded once per proposition.
      const { active, verdicts } = this;
      for (let k = 0; k < g; k++) active[k] = 0;
      for (let k = 0; k < g * g; k++) verdicts[k] = UNKNOWN;
    }
    this.groups = groups;
    return this;
  }

  /** Switches a group on or off. */
  set(id: number, active: boolean): void {
    if (id < this.groups.length) this.active[id] = active ? 1 : 0;
  }

  /** Whether groups `a` and `b` contradict each other. */
  clash(a: number, b: number): boolean {
    const g = this.groups.length;
    let verdict = this.verdicts[a * g + b];
    if (verdict === UNKNOWN) {
      verdict = statementsClash(this.groups[a]!, this.groups[b]!) ? CLASH : FIT;
      this.verdicts[a * g + b] = verdict;
      this.verdicts[b * g + a] = verdict;
    }
    return verdict === CLASH;
  }

  /** Whether any two of the first `count` groups in `ids` contradict each other, pair by pair. */
  anyClashAmong(ids: Int32Array, count: number): boolean {
    for (let a = 1; a < count; a++) {
      for (let b = 0; b < a; b++) if (this.clash(ids[a]!, ids[b]!)) return true;
    }
    return false;
  }

  /** Visits every active group that contradicts group `id`; false when `visit` stopped it. */
  clashes(id: number, visit: Visit): boolean {
    const g = this.groups.length;
    if (!(id >= 0 && id < g)) return true;
    for (let other = 0; other < g; other++) {
      if (other !== id && this.active[other] === 1 && this.clash(id, other) && !visit(other)) return false;
    }
    return true;
  }
}

keepLayout("ScanClashIndex", () => new ScanClashIndex());

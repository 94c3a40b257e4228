import type { Claim } from "../corpus/claim.js";
import { keepLayout } from "../internal/keepLayout.js";
import type { ContradictionReason } from "../corpus/relation.js";
import { judge } from "../rules/judgement.js";
import type { ClashIndex } from "./engine/clashIndex.js";
import type { Contradiction } from "../corpus/reconciliation.js";
import { Scratch } from "./engine/scratch.js";
import { outputList } from "./engine/outputList.js";
import { sortByKey, sortNumbers } from "./engine/sort.js";
import type { Group } from "./statements.js";

/** What the sweep asks of an index of groups. */
export type ClashFinder = Pick<ClashIndex, "set" | "clashes" | "anyClashAmong">;


/** Up to this many groups, recorded pairs are a bit matrix, and group pairs are shared lists. */
const SMALL = 64;

/**
 * Walks a timeline, switching groups on while one of their claims is valid, and records each
 * pair of groups the first time they clash. Ends come before starts at the same moment: a claim
 * superseded at t does not overlap the claim that superseded it. Reads the scratch arrays that
 * {@link groupStatements} and {@link supersede} filled, and the claims' `moments`.
 *
 * One reconcile call makes one and runs it on every proposition with two groups or more: its
 * visitor, its record of pairs and its shared group pairs are made once, not per proposition.
 */
export class Sweep {
  /** Whether the last run stopped at `maxContradictions` with more to record. */
  truncated = false;
  private readonly scratch: Scratch;
  private readonly maxContradictions: number;
  /** The group now starting, and the clashing groups found for it not yet recorded. */
  private starting = 0;
  private foundCount = 0;
  private groups = 0;
  private matrix = new Uint8Array(SMALL * SMALL);
  private set: Set<number> | undefined;
  /**
   * Frozen `[earlier, later]` group pairs, shared by every contradiction between small indexes;
   * room for all of them up front, so the list never turns into a sparse dictionary.
   */
  private readonly pairs: (readonly [number, number] | undefined)[] = new Array(SMALL * SMALL);
  /** The contradictions of the proposition at hand, before they are copied into its own list. */
  private readonly contradictions: Contradiction[] = [];

  constructor(scratch: Scratch, maxContradictions: number) {
    this.scratch = scratch;
    this.maxContradictions = maxContradictions;
  }

  /** The sweep's one visitor: collects the clashing groups whose pair is not recorded yet. */
  private readonly collect = (other: number): boolean => {
    if (!this.has(this.starting, other)) this.scratch.found[this.foundCount++] = other;
    return true;
  };

  run(timeline: readonly Claim[], groups: readonly Group[], index: ClashFinder): Contradiction[] {
    const n = timeline.length;
    const g = groups.length;
    const { scratch, maxContradictions } = this;
    const { moments, until, endedBy, groupOf, memberAt, members, start, activeCount, started, ends, found } = scratch;
    let endCount = 0;
    for (let i = 0; i < n; i++) if ((until[i] as number) < Number.POSITIVE_INFINITY) ends[endCount++] = i;
    if (endCount > 1) sortByKey(ends, endCount, until);
    for (let k = 0; k < g; k++) {
      activeCount[k] = 0;
      // Per group, the place in its run of the latest claim that started.
      started[k] = -1;
    }
    this.reset(g);
    // Found into a list kept from one proposition to the next, then copied into one of their own.
    const contradictions = this.contradictions;
    let count = 0;
    let truncated = false;
    let endAt = 0;
    for (let i = 0; i < n; i++) {
      const claim = timeline[i] as Claim;
      const now = moments[i] as number;
      while (endAt < endCount && (until[ends[endAt] as number] as number) <= now) {
        const ended = ends[endAt++] as number;
        if ((until[ended] as number) <= (moments[ended] as number)) continue;
        const group = groupOf[ended] as number;
        if (--(activeCount[group] as number) === 0) index.set(group, false);
      }
      if ((until[i] as number) <= now) continue;
      const group = groupOf[i] as number;
      started[group] = memberAt[i] as number;
      if ((activeCount[group] as number)++ > 0) continue;
      if (!truncated) {
        this.starting = group;
        this.foundCount = 0;
        index.clashes(group, this.collect);
        const foundCount = this.foundCount;
        if (foundCount > 0) {
          sortNumbers(found, foundCount);
          for (let f = 0; f < foundCount; f++) {
            const other = found[f] as number;
            if (count >= maxContradictions) {
              truncated = true;
              break;
            }
            this.add(group, other);
            // The latest started claim of the other group still valid.
            const base = start[other] as number;
            let at = started[other] as number;
            while (at > 0 && (until[members[base + at] as number] as number) <= now) at--;
            const a = members[base + at] as number;
            const ending = Math.min(until[a] as number, until[i] as number);
            const earlier = (timeline[a] as Claim).id;
            const pair = this.pair(other, group);
            const reason = clashReason(earlier, groups[other] as Group, claim.id, groups[group] as Group);
            // While both stand there is no end; reading timeline[-1] would take the slow path.
            const endText =
              ending === Number.POSITIVE_INFINITY ? undefined : (timeline[endedBy[until[a] === ending ? a : i] as number] as Claim).stated;
            // One literal per shape: a field added after an object is made is stored outside it.
            const contradiction: Contradiction =
              endText === undefined
                ? { a: earlier, b: claim.id, groups: pair, reason, from: claim.stated, current: ending === Number.POSITIVE_INFINITY }
                : { a: earlier, b: claim.id, groups: pair, reason, from: claim.stated, current: ending === Number.POSITIVE_INFINITY, until: endText };
            contradictions[count++] = contradiction;
          }
        }
      }
      index.set(group, true);
    }
    this.truncated = truncated;
    const list = outputList<Contradiction>(count);
    for (let k = 0; k < count; k++) list[k] = contradictions[k] as Contradiction;
    return list;
  }

  /** Forgets every recorded pair, for a proposition of `groups` groups. */
  private reset(groups: number): void {
    this.groups = groups;
    if (groups <= SMALL) {
      this.set = undefined;
      const { matrix } = this;
      for (let k = 0; k < groups * groups; k++) matrix[k] = 0;
    } else this.set = new Set();
  }

  private key(a: number, b: number): number {
    return Math.min(a, b) * this.groups + Math.max(a, b);
  }

  private has(a: number, b: number): boolean {
    return this.set ? this.set.has(this.key(a, b)) : this.matrix[this.key(a, b)] === 1;
  }

  private add(a: number, b: number): void {
    if (this.set) this.set.add(this.key(a, b));
    else this.matrix[this.key(a, b)] = 1;
  }

  /** The pair `[earlier, later]`: a shared frozen list when both indexes are small. */
  private pair(earlier: number, later: number): readonly [number, number] {
    if (earlier >= SMALL || later >= SMALL) return [earlier, later];
    const at = earlier * SMALL + later;
    let pair = this.pairs[at];
    if (!pair) {
      pair = Object.freeze([earlier, later] as const);
      this.pairs[at] = pair;
    }
    return pair;
  }
}

/**
 * Why two groups the index found clashing contradict each other, from the rules themselves, with
 * the claims where the clash began in their parts (which one denies, which asserts).
 */
function clashReason(earlier: string, earlierGroup: Group, later: string, laterGroup: Group): ContradictionReason {
  const judgement = judge({ id: earlier, stance: earlierGroup.stance, set: earlierGroup.set }, { id: later, stance: laterGroup.stance, set: laterGroup.set });
  if (judgement.kind === "contradiction") return judgement.reason;
  // The index answers the rules' own question (a property holds them together): this is a bug.
  throw new Error(`concord: the clash index and the rules disagree on ${earlier} and ${later}`);
}

keepLayout("Sweep", () => new Sweep(new Scratch(), 1000));

import type { Claim } from "../corpus/claim.js";
import { momentText } from "../corpus/moment.js";
import type { Contradiction } from "../corpus/reconciliation.js";
import type { ContradictionReason } from "../corpus/relation.js";
import { keepLayout } from "../internal/keepLayout.js";
import { judge } from "../rules/judgement.js";
import type { ClashIndex } from "./engine/clashIndex.js";
import { outputList } from "./engine/outputList.js";
import { Scratch } from "./engine/scratch.js";
import { sortByKey, sortNumbers } from "./engine/sort.js";
import type { Group } from "./statements.js";
import { olderOf } from "./supersede.js";

/** What the sweep asks of an index of groups. */
export type ClashFinder = Pick<ClashIndex, "set" | "clashes" | "anyClashAmong">;

/** Up to this many groups, group pairs are shared lists. */
const SMALL = 64;

/**
 * Walks a timeline, switching groups on while one of their claims is valid, and records each
 * time two groups begin to clash: when a group starts (no claim of it was valid, now one is) and
 * an active group contradicts it. The clash lasts until either group stops being valid (its last
 * valid claim is superseded), so a contradiction is current exactly while both groups have a
 * current claim, and a pair that clashes again after a pause is listed again. Ends come before
 * starts at the same moment: a claim superseded at t does not overlap the claim that superseded
 * it. Reads the scratch arrays that {@link groupStatements} and {@link supersede} filled, and the
 * claims' `moments`.
 *
 * One reconcile call makes one and runs it on every proposition with two groups or more: its
 * visitor, its records and its shared group pairs are made once, not per proposition.
 */
export class Sweep {
  /** Whether the last run stopped at `maxContradictions` with more to record. */
  truncated = false;
  private readonly scratch: Scratch;
  private readonly maxContradictions: number;
  /** The clashing groups found for the group now starting. */
  private foundCount = 0;
  /**
   * Frozen `[earlier, later]` group pairs, shared by every contradiction between small indexes;
   * room for all of them up front, so the list never turns into a sparse dictionary.
   */
  private readonly pairs: (readonly [number, number] | undefined)[] = new Array(SMALL * SMALL);
  /**
   * The clashes of the proposition at hand, one record each: the claims where it began (timeline
   * positions), its groups, its reason, and the last valid claim of a statement whose validity
   * ended and closed it (-1 while it lasts): superseded (`scratch.endedBy` says by which claim)
   * or gone stale.
   * Each record is in the open list of both its groups, through `nextOfEarlier`/`nextOfLater`.
   */
  private readonly earlierClaim: number[] = [];
  private readonly laterClaim: number[] = [];
  private readonly earlierGroup: number[] = [];
  private readonly laterGroup: number[] = [];
  private readonly closedBy: number[] = [];
  private readonly nextOfEarlier: number[] = [];
  private readonly nextOfLater: number[] = [];
  private readonly reasons: ContradictionReason[] = [];
  /** Per group: its latest record still in its open list, or -1. */
  private openHead = new Int32Array(64);
  /** The records of the run at hand. */
  private count = 0;
  /** Group pairs that clash but whose valid claims superseded one another when the later began. */
  private readonly pendA: number[] = [];
  private readonly pendB: number[] = [];
  private pendingCount = 0;
  /** The run at hand: its claim count, its last moment, and whether a claim outlives its superseder within its day. */
  private claims = 0;
  // A fraction, as moments in milliseconds may be past what a small integer holds: storing one keeps the layout.
  private last = 0.5;
  private extended = false;

  constructor(scratch: Scratch, maxContradictions: number) {
    this.scratch = scratch;
    this.maxContradictions = maxContradictions;
  }

  /** The sweep's one visitor: collects the clashing groups. */
  private readonly collect = (other: number): boolean => {
    this.scratch.found[this.foundCount++] = other;
    return true;
  };

  run(timeline: readonly Claim[], groups: readonly Group[], index: ClashFinder): Contradiction[] {
    const n = timeline.length;
    const g = groups.length;
    const { scratch, maxContradictions } = this;
    const { moments, until, groupOf, memberAt, activeCount, started, ends, found } = scratch;
    this.claims = n;
    this.last = moments[n - 1]!;
    this.extended = scratch.extended;
    let endCount = 0;
    for (let i = 0; i < n; i++) if (until[i]! < Number.POSITIVE_INFINITY) ends[endCount++] = i;
    if (endCount > 1) sortByKey(ends, endCount, until);
    if (this.openHead.length < g) this.openHead = new Int32Array(Math.max(g, 2 * this.openHead.length));
    const { openHead } = this;
    for (let k = 0; k < g; k++) {
      activeCount[k] = 0;
      // Per group, the place in its run of the latest claim that started.
      started[k] = -1;
      openHead[k] = -1;
    }
    this.count = 0;
    this.pendingCount = 0;
    let truncated = false;
    let endAt = 0;
    for (let i = 0; i < n; i++) {
      const now = moments[i]!;
      while (endAt < endCount && until[ends[endAt]!]! <= now) {
        const ended = ends[endAt++]!;
        if (until[ended]! <= moments[ended]!) continue;
        const group = groupOf[ended]!;
        if (--activeCount[group]! === 0) {
          index.set(group, false);
          this.close(group, ended);
        }
      }
      if (until[i]! <= now) continue;
      const group = groupOf[i]!;
      started[group] = memberAt[i]!;
      if (activeCount[group]!++ > 0) {
        // A clash passed over because one claim superseded the other may begin now, with a claim
        // of the same statement that supersedes nothing of the other.
        if (this.pendingCount > 0 && !truncated) truncated = !this.resume(i, group, now, timeline, groups);
        continue;
      }
      if (!truncated) {
        this.foundCount = 0;
        index.clashes(group, this.collect);
        const foundCount = this.foundCount;
        if (foundCount > 0) {
          sortNumbers(found, foundCount);
          for (let f = 0; f < foundCount; f++) {
            const other = found[f]!;
            if (this.count >= maxContradictions) {
              truncated = true;
              break;
            }
            // The latest started claim of the other group still valid, and not one that the new
            // claim replaces: a claim dated by a day stays valid through it even when superseded
            // that day, but never contradicts what superseded it.
            const a = this.latestValid(other, i, now);
            if (a < 0) {
              this.pendA[this.pendingCount] = other;
              this.pendB[this.pendingCount++] = group;
              continue;
            }
            this.open(a, i, other, group, timeline, groups);
          }
        }
      }
      index.set(group, true);
    }
    if (this.extended) this.closeSuperseded(n, g, index);
    this.truncated = truncated;
    const list = outputList<Contradiction>(this.count);
    for (let k = 0; k < this.count; k++) list[k] = this.contradiction(k, timeline);
    return list;
  }

  /** The latest started claim of `group` still valid at `now` that the sweep need not pass over for `newer`, or -1. */
  private latestValid(group: number, newer: number, now: number): number {
    const { start, started, members } = this.scratch;
    const base = start[group]!;
    let at = started[group]!;
    while (at >= 0 && this.passedOver(members[base + at]!, newer, now)) at--;
    return at < 0 ? -1 : members[base + at]!;
  }

  /** Records the clash of the claim at `later` (of `group`) with the claim at `earlier` (of `other`), open in both groups' lists. */
  private open(
    earlier: number,
    later: number,
    other: number,
    group: number,
    timeline: readonly Claim[],
    groups: readonly Group[],
  ): void {
    const { openHead } = this;
    const record = this.count++;
    this.earlierClaim[record] = earlier;
    this.laterClaim[record] = later;
    this.earlierGroup[record] = other;
    this.laterGroup[record] = group;
    this.closedBy[record] = -1;
    this.reasons[record] = clashReason(timeline[earlier]!.id, groups[other]!, timeline[later]!.id, groups[group]!);
    this.nextOfEarlier[record] = openHead[other]!;
    openHead[other] = record;
    this.nextOfLater[record] = openHead[group]!;
    openHead[group] = record;
  }

  /**
   * A claim joins `group`, already valid: each pair passed over with it that both groups still
   * hold begins now if the new claim and a valid claim of the other group supersede neither one
   * another. Returns false when `maxContradictions` stops it.
   */
  private resume(
    claim: number,
    group: number,
    now: number,
    timeline: readonly Claim[],
    groups: readonly Group[],
  ): boolean {
    const { activeCount } = this.scratch;
    let kept = 0;
    for (let k = 0; k < this.pendingCount; k++) {
      const a = this.pendA[k]!;
      const b = this.pendB[k]!;
      const other = a === group ? b : b === group ? a : -1;
      if (other >= 0 && activeCount[other]! > 0) {
        const earlier = this.latestValid(other, claim, now);
        if (earlier >= 0) {
          if (this.count >= this.maxContradictions) return false;
          this.open(earlier, claim, other, group, timeline, groups);
          continue;
        }
      }
      // Kept while both groups hold a valid claim; a group that ends drops its pairs.
      if (activeCount[a]! > 0 && activeCount[b]! > 0) {
        this.pendA[kept] = a;
        this.pendB[kept++] = b;
      }
    }
    this.pendingCount = kept;
    return true;
  }

  /**
   * Whether the sweep passes over `claim` as the other side of a clash beginning with `newer` at
   * `now`: it is no longer valid, or one of the two is valid only through its day (superseded that
   * day) and the other supersedes it, directly or through a chain.
   */
  private passedOver(claim: number, newer: number, now: number): boolean {
    const { until } = this.scratch;
    if (until[claim]! <= now) return true;
    // Two claims are both valid while one supersedes the other only when the older was dated by
    // a day and replaced that day: validity ends at the first superseder in any chain otherwise.
    if (!this.extended) return false;
    return (
      (this.outlived(claim, now) && this.supersedes(newer, claim)) ||
      (this.outlived(newer, now) && this.supersedes(claim, newer))
    );
  }

  /** Whether a claim is valid at `now` only through its day: what supersedes it has begun. */
  private outlived(claim: number, now: number): boolean {
    const { endedBy, moments } = this.scratch;
    const by = endedBy[claim]!;
    return by >= 0 && moments[by]! <= now;
  }

  /** Whether `newer` supersedes `older` through the proposition's links, directly or by a chain. */
  private supersedes(newer: number, older: number): boolean {
    const { scratch } = this;
    const { links, linkFrom, claimsVisited: visited } = scratch;
    const n = this.claims;
    visited.clear(n);
    const stack = [newer];
    while (stack.length > 0) {
      const at = stack.pop()!;
      for (let k = linkFrom[at]!; k < linkFrom[at + 1]!; k++) {
        const target = olderOf(links[k]!, n);
        if (target === older) return true;
        if (visited.add(target)) stack.push(target);
      }
    }
    return false;
  }

  /**
   * At the end of the timeline, a statement valid only through claims superseded that day holds no
   * current claim: its clashes end with those claims' day, and it leaves the index, so that the
   * status counts only what stands.
   */
  private closeSuperseded(n: number, g: number, index: ClashFinder): void {
    const { until, endedBy, groupOf, activeCount, found } = this.scratch;
    // Per group, one claim still valid at the end; found[g] = -1 once a current one is seen.
    for (let k = 0; k < g; k++) found[k] = -2;
    for (let i = 0; i < n; i++) {
      if (until[i]! <= this.last) continue;
      const group = groupOf[i]!;
      if (activeCount[group]! === 0 || found[group]! === -1) continue;
      found[group] = endedBy[i]! < 0 ? -1 : i;
    }
    for (let k = 0; k < g; k++) {
      const closer = found[k]!;
      if (closer < 0) continue;
      activeCount[k] = 0;
      index.set(k, false);
      this.close(k, closer);
    }
  }

  /** Ends every clash of `group` still lasting: the claim at `closer`, its last valid claim, stopped being valid. */
  private close(group: number, closer: number): void {
    const { openHead } = this;
    for (let record = openHead[group]!; record >= 0; ) {
      if (this.closedBy[record]! < 0) this.closedBy[record] = closer;
      record = (this.earlierGroup[record] === group ? this.nextOfEarlier[record] : this.nextOfLater[record]) as number;
    }
    openHead[group] = -1;
  }

  /** The output for record `k`. */
  private contradiction(k: number, timeline: readonly Claim[]): Contradiction {
    const earlier = timeline[this.earlierClaim[k]!]!.id;
    const later = timeline[this.laterClaim[k]!]!;
    const pair = this.pair(this.earlierGroup[k]!, this.laterGroup[k]!);
    const reason = this.reasons[k]!;
    const closer = this.closedBy[k]!;
    // One literal per shape: a field added after an object is made is stored outside it.
    return closer < 0
      ? { a: earlier, b: later.id, groups: pair, reason, from: later.stated, current: true }
      : {
          a: earlier,
          b: later.id,
          groups: pair,
          reason,
          from: later.stated,
          current: false,
          until: this.endOf(closer, timeline),
        };
  }

  /**
   * When a claim stopped being valid, as output: the `stated` of the claim that superseded it, or
   * the moment it went stale.
   */
  private endOf(claim: number, timeline: readonly Claim[]): string {
    const { until, endedBy, moments } = this.scratch;
    const end = until[claim]!;
    const by = endedBy[claim]!;
    return by >= 0 && moments[by] === end ? timeline[by]!.stated : momentText(end);
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
  const judgement = judge(
    { id: earlier, stance: earlierGroup.stance, set: earlierGroup.set },
    { id: later, stance: laterGroup.stance, set: laterGroup.set },
  );
  if (judgement.kind === "contradiction") return judgement.reason;
  // The index answers the rules' own question (a property holds them together): this is a bug.
  throw new Error(`concord: the clash index and the rules disagree on ${earlier} and ${later}`);
}

keepLayout("Sweep", () => new Sweep(new Scratch(), 1000));

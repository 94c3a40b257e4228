import type { Claim } from "../model/claim.js";
import { fit } from "../relate/valueSet.js";
import type { ClashIndex } from "./clashIndex.js";
import type { Contradiction } from "./proposition.js";
import type { Scratch } from "./scratch.js";
import { sortPositions } from "./sortSmall.js";
import type { Group } from "./statements.js";

/** What the sweep asks of an index of groups. */
export type ClashFinder = Pick<ClashIndex, "set" | "clashes">;

/** A visitor that stops at the first clash: asks only whether there is one. */
export const STOP = (): boolean => false;

const DENIAL_REASON = "one claim denies a value the other's assertion fits";
const VALUES_REASON = "the values cannot both be true";

/**
 * Walks the timeline, switching groups on while one of their claims is valid, and records each
 * pair of groups the first time they clash. Ends come before starts at the same moment: a claim
 * superseded at t does not overlap the claim that superseded it. Reads the scratch arrays that
 * {@link groupStatements} and {@link supersede} filled.
 */
export function sweep(
  timeline: readonly Claim[],
  groups: readonly Group[],
  scratch: Scratch,
  index: ClashFinder,
  maxContradictions: number,
): { contradictions: Contradiction[]; truncated: boolean } {
  const n = timeline.length;
  const g = groups.length;
  const { until, endedBy, groupOf, memberAt, members, start, activeCount, started, ends } = scratch;
  let endCount = 0;
  for (let i = 0; i < n; i++) if ((until[i] as number) < Number.POSITIVE_INFINITY) ends[endCount++] = i;
  if (endCount > 1) sortPositions(ends, endCount, (a, b) => (until[a] as number) - (until[b] as number));
  activeCount.fill(0, 0, g);
  // Per group, the place in its run of the latest claim that started.
  started.fill(-1, 0, g);
  const emitted = new EmittedPairs(g, scratch);
  const contradictions: Contradiction[] = [];
  let truncated = false;
  let endAt = 0;
  // One visitor for the whole sweep: it collects, for the group now starting, the clashing
  // groups whose pair has not been recorded yet.
  const found = scratch.found;
  let starting = 0;
  let foundCount = 0;
  const collect = (other: number): boolean => {
    if (!emitted.has(starting, other)) found[foundCount++] = other;
    return true;
  };
  for (let i = 0; i < n; i++) {
    const claim = timeline[i] as Claim;
    const now = claim.moment;
    while (endAt < endCount && (until[ends[endAt] as number] as number) <= now) {
      const ended = ends[endAt++] as number;
      if ((until[ended] as number) <= (timeline[ended] as Claim).moment) continue;
      const group = groupOf[ended] as number;
      if (--(activeCount[group] as number) === 0) index.set(group, false);
    }
    if ((until[i] as number) <= now) continue;
    const group = groupOf[i] as number;
    started[group] = memberAt[i] as number;
    if ((activeCount[group] as number)++ > 0) continue;
    if (!truncated) {
      starting = group;
      foundCount = 0;
      index.clashes(group, collect);
      if (foundCount > 0) {
        sortPositions(found, foundCount, (x, y) => x - y);
        for (let f = 0; f < foundCount; f++) {
          const other = found[f] as number;
          if (contradictions.length >= maxContradictions) {
            truncated = true;
            break;
          }
          emitted.add(group, other);
          // The latest started claim of the other group still valid.
          const base = start[other] as number;
          let at = started[other] as number;
          while (at > 0 && (until[members[base + at] as number] as number) <= now) at--;
          const a = members[base + at] as number;
          const ending = Math.min(until[a] as number, until[i] as number);
          const contradiction: { -readonly [K in keyof Contradiction]: Contradiction[K] } = {
            a: (timeline[a] as Claim).id,
            b: claim.id,
            groups: [other, group],
            reason: clashReason(groups[other] as Group, groups[group] as Group),
            from: claim.stated,
            current: ending === Number.POSITIVE_INFINITY,
          };
          const endText = timeline[endedBy[until[a] === ending ? a : i] as number]?.stated;
          if (endText !== undefined) contradiction.until = endText;
          contradictions.push(contradiction);
        }
      }
    }
    index.set(group, true);
  }
  return { contradictions, truncated };
}

/** Up to this many groups, recorded pairs are a bit matrix in the scratch space, not a set. */
const PAIR_MATRIX = 64;

/** The pairs of groups already recorded as contradicting each other. */
class EmittedPairs {
  private readonly matrix: Uint8Array | undefined;
  private readonly set: Set<number> | undefined;

  constructor(
    private readonly groups: number,
    scratch: Scratch,
  ) {
    if (groups <= PAIR_MATRIX) {
      const cells = groups * groups;
      if (scratch.pairs.length < cells) scratch.pairs = new Uint8Array(PAIR_MATRIX * PAIR_MATRIX);
      this.matrix = scratch.pairs;
      this.matrix.fill(0, 0, cells);
    } else this.set = new Set();
  }

  private key(a: number, b: number): number {
    return Math.min(a, b) * this.groups + Math.max(a, b);
  }

  has(a: number, b: number): boolean {
    return this.matrix ? this.matrix[this.key(a, b)] === 1 : (this.set as Set<number>).has(this.key(a, b));
  }

  add(a: number, b: number): void {
    if (this.matrix) this.matrix[this.key(a, b)] = 1;
    else (this.set as Set<number>).add(this.key(a, b));
  }
}

/**
 * Why two groups clash, without repeating their values (the groups hold them, and
 * `explain(compare(a, b), corpus)` spells them out): formatting every value of every clash would
 * cost more than finding the clashes.
 */
function clashReason(earlierGroup: Group, laterGroup: Group): string {
  if (earlierGroup.stance !== laterGroup.stance) return DENIAL_REASON;
  const result = fit(earlierGroup.set, laterGroup.set);
  if (result.compatible) return VALUES_REASON;
  switch (result.why) {
    case "units":
      return `different units: ${result.units[0]} and ${result.units[1]}`;
    case "kinds":
      return "different kinds of answer";
    case "values":
      return result.side === undefined ? VALUES_REASON : `they differ on ${result.side}'s figure`;
  }
}

import type { Claim } from "../model/claim.js";
import { fit } from "../relate/valueSet.js";
import type { ClashIndex } from "./clashIndex.js";
import type { Contradiction } from "./proposition.js";
import type { Scratch } from "./scratch.js";
import { sortPositions, sortSmall } from "./sortSmall.js";
import type { Group } from "./statements.js";

/** What the sweep asks of an index of groups. */
export type ClashFinder = Pick<ClashIndex, "set" | "clashes">;

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
  let emitted: Set<number> | undefined;
  const contradictions: Contradiction[] = [];
  let truncated = false;
  let endAt = 0;
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
      // Most activations meet no clash: the lists are made only for those that do.
      let found: number[] | undefined;
      index.clashes(group, (other) => {
        if (emitted === undefined || !emitted.has(Math.min(group, other) * g + Math.max(group, other))) (found ??= []).push(other);
        return true;
      });
      if (found !== undefined) {
        sortSmall(found, (x, y) => x - y);
        const seen = (emitted ??= new Set());
        for (const other of found) {
          if (contradictions.length >= maxContradictions) {
            truncated = true;
            break;
          }
          seen.add(Math.min(group, other) * g + Math.max(group, other));
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

import type { Claim } from "../corpus/claim.js";
import type { Position } from "../corpus/reconciliation.js";
import type { Value } from "../corpus/value.js";
import { compareText } from "../internal/textTable.js";
import { contains, type ValueSet } from "../rules/valueSet.js";
import { chainBySide, type SideOrder } from "./bySide.js";
import { consensusOf } from "./consensus.js";
import type { ClashFinder } from "./contradictions.js";
import { outputList } from "./engine/outputList.js";
import type { Scratch } from "./engine/scratch.js";
import type { Group } from "./statements.js";

/**
 * Each side's current position: the current claims it speaks through (of the first
 * `currentCount` of `scratch.current`, in timeline order), what they say together, whether they contradict each
 * other, and whether they have all gone stale by `latest` (the proposition's last counted
 * moment; `scratch.until` holds each claim's validity end). A fresh side speaks through its fresh
 * claims alone, a stale one through all its current claims. Sides come in the corpus's order;
 * sides it lacks after them, by id.
 */
export function positionsOf(
  timeline: readonly Claim[],
  ids: readonly string[],
  currentCount: number,
  scratch: Scratch,
  sides: SideOrder,
  clashes: OwnClashes,
  groups: readonly Group[],
  latest: number,
): Position[] {
  const { current, next, slotHead, slotCount } = scratch;
  const { index } = clashes;
  // The sweep leaves the groups with a current claim switched on; each side's own are then
  // asked about alone, in turn.
  if (index) for (let k = 0; k < clashes.currentCount; k++) index.set(clashes.current[k]!, false);
  const slots = chainBySide(timeline, current, currentCount, scratch, sides);
  const order = scratch.slotOrder;
  for (let slot = 0; slot < slots; slot++) order[slot] = slot;
  if (slots > 1) sortSlots(order, slots, timeline, scratch, sides);
  const positions = outputList<Position>(slots);
  for (let p = 0; p < slots; p++) {
    const slot = order[p]!;
    // A side that still speaks speaks through its fresh claims; a stale one through all it holds.
    let fresh = 0;
    for (let i = slotHead[slot]!; i >= 0; i = next[i]!) if (scratch.until[i]! > latest) fresh++;
    const after = fresh > 0 ? latest : Number.NEGATIVE_INFINITY;
    const claims = outputList<string>(fresh > 0 ? fresh : slotCount[slot]!);
    for (let i = slotHead[slot]!, k = 0; i >= 0; i = next[i]!) if (scratch.until[i]! > after) claims[k++] = ids[i]!;
    const head = slotHead[slot]!;
    const at = heldTogether(head, after, scratch, clashes, groups);
    const side = timeline[head]!.side;
    const divided = scratch.divided;
    const stale = fresh === 0;
    if (at >= 0) {
      const claim = timeline[at]!;
      positions[p] = { side, claims, value: claim.value, stance: claim.stance, divided, stale };
    } else positions[p] = { side, claims, value: scratch.joint as Value, stance: "asserts", divided, stale };
  }
  return positions;
}

/**
 * What a side's claims on one list (from `head`) say together, counting those valid past
 * `after`: the most specific statement their assertions jointly make — the assertion every other
 * one contains, or else the intersection of them all — and whether they contradict each other or
 * share no answer (`scratch.divided`). A side that only denies holds its latest denial. When
 * divided, the latest assertion stands as the value: there is no joint one.
 *
 * @returns The claim whose value and stance the position takes, or -1 when the value is the
 *   intersection, left in `scratch.joint`. Most sides make one statement: no list is made then.
 */
function heldTogether(
  head: number,
  after: number,
  scratch: Scratch,
  clashes: OwnClashes,
  groups: readonly Group[],
): number {
  const { next, groupOf, found, until } = scratch;
  const seen = scratch.groupsSeen;
  scratch.divided = false;
  seen.clear(groups.length);
  let count = 0;
  let asserting = 0;
  let latestAssertion = -1;
  let latestClaim = -1;
  for (let i = head; i >= 0; i = next[i]!) {
    if (until[i]! <= after) continue;
    latestClaim = i;
    const group = groupOf[i]!;
    const asserts = groups[group]!.stance === "asserts";
    if (asserts) latestAssertion = i;
    if (!seen.add(group)) continue;
    found[count++] = group;
    if (asserts) asserting++;
  }
  if (count === 1) return latestClaim;
  const { index } = clashes;
  if (index?.anyClashAmong(found, count)) {
    scratch.divided = true;
    return latestAssertion >= 0 ? latestAssertion : latestClaim;
  }
  if (asserting <= 1) return latestAssertion >= 0 ? latestAssertion : latestClaim;
  // Several fitting assertions: the one inside all the others speaks for them, by its latest claim.
  for (let k = 0; k < count; k++) {
    const inner = groups[found[k]!]!;
    if (inner.stance !== "asserts") continue;
    let inside = true;
    for (let j = 0; j < count && inside; j++) {
      const outer = groups[found[j]!]!;
      if (j !== k && outer.stance === "asserts" && !contains(outer.set, inner.set)) inside = false;
    }
    if (!inside) continue;
    let holder = -1;
    for (let i = head; i >= 0; i = next[i]!) if (until[i]! > after && groupOf[i] === found[k]) holder = i;
    return holder;
  }
  const sets: ValueSet[] = [];
  for (let k = 0; k < count; k++) {
    const group = groups[found[k]!]!;
    if (group.stance === "asserts") sets.push(group.set);
  }
  const joint = consensusOf(sets);
  if (joint === undefined) {
    scratch.divided = true;
    return latestAssertion;
  }
  scratch.joint = joint;
  return -1;
}

/**
 * Orders the first `count` slots by side: the corpus's sides in its order, sides it lacks after
 * them by id. An insertion sort without a comparator to allocate: a proposition has few sides.
 */
function sortSlots(
  order: Int32Array,
  count: number,
  timeline: readonly Claim[],
  scratch: Scratch,
  sides: SideOrder,
): void {
  if (count > 16) {
    order
      .subarray(0, count)
      .sort((a, b) =>
        slotAfter(a, b, timeline, scratch, sides) ? 1 : slotAfter(b, a, timeline, scratch, sides) ? -1 : 0,
      );
    return;
  }
  for (let i = 1; i < count; i++) {
    const slot = order[i]!;
    let j = i - 1;
    while (j >= 0 && slotAfter(order[j]!, slot, timeline, scratch, sides)) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = slot;
  }
}

/** Whether slot `a`'s side is listed after slot `b`'s. */
function slotAfter(a: number, b: number, timeline: readonly Claim[], scratch: Scratch, sides: SideOrder): boolean {
  const { slotSide, slotHead } = scratch;
  const rankA = Math.min(slotSide[a]!, sides.known);
  const rankB = Math.min(slotSide[b]!, sides.known);
  if (rankA !== rankB) return rankA > rankB;
  // Two sides the corpus lacks: by id.
  return compareText(timeline[slotHead[a]!]!.side, timeline[slotHead[b]!]!.side) > 0;
}

/**
 * The proposition's clash index after the sweep, and its groups with a current claim: what
 * {@link positionsOf} needs to tell whether a side's own current claims contradict each other.
 * No index when the proposition has one statement.
 */
export interface OwnClashes {
  readonly index: ClashFinder | undefined;
  readonly current: Int32Array;
  readonly currentCount: number;
}

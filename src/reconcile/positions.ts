import type { Claim } from "../corpus/claim.js";
import { compareText } from "../internal/textTable.js";
import type { Position } from "../corpus/reconciliation.js";
import { chainBySide, type SideOrder } from "./bySide.js";
import type { Scratch } from "./engine/scratch.js";
import { outputList } from "./engine/outputList.js";
import type { ClashFinder } from "./contradictions.js";

/**
 * Each side's current position: its current claims (the first `currentCount` of
 * `scratch.current`, in timeline order), the value and stance of the latest, and whether its own
 * current claims contradict each other. Sides come in the corpus's order; sides it lacks after
 * them, by id.
 */
export function positionsOf(
  timeline: readonly Claim[],
  ids: readonly string[],
  currentCount: number,
  scratch: Scratch,
  sides: SideOrder,
  clashes: OwnClashes,
): Position[] {
  const { current, next, slotHead, slotCount } = scratch;
  const { index } = clashes;
  // The sweep leaves the groups with a current claim switched on; each side's own are then
  // asked about alone, in turn.
  if (index) for (let k = 0; k < clashes.currentCount; k++) index.set(clashes.current[k] as number, false);
  const slots = chainBySide(timeline, current, currentCount, scratch, sides);
  const order = scratch.slotOrder;
  for (let slot = 0; slot < slots; slot++) order[slot] = slot;
  if (slots > 1) sortSlots(order, slots, timeline, scratch, sides);
  const positions = outputList<Position>(slots);
  for (let p = 0; p < slots; p++) {
    const slot = order[p] as number;
    const claims = outputList<string>(slotCount[slot] as number);
    let latest = -1;
    for (let i = slotHead[slot] as number, k = 0; i >= 0; i = next[i] as number, k++) {
      claims[k] = ids[i] as string;
      latest = i;
    }
    const claim = timeline[latest] as Claim;
    positions[p] = {
      side: claim.side,
      claims,
      value: claim.value,
      stance: claim.stance,
      divided: divided(slotHead[slot] as number, scratch, clashes),
    };
  }
  return positions;
}

/**
 * Orders the first `count` slots by side: the corpus's sides in its order, sides it lacks after
 * them by id. An insertion sort without a comparator to allocate: a proposition has few sides.
 */
function sortSlots(order: Int32Array, count: number, timeline: readonly Claim[], scratch: Scratch, sides: SideOrder): void {
  if (count > 16) {
    order
      .subarray(0, count)
      .sort((a, b) => (slotAfter(a, b, timeline, scratch, sides) ? 1 : slotAfter(b, a, timeline, scratch, sides) ? -1 : 0));
    return;
  }
  for (let i = 1; i < count; i++) {
    const slot = order[i] as number;
    let j = i - 1;
    while (j >= 0 && slotAfter(order[j] as number, slot, timeline, scratch, sides)) {
      order[j + 1] = order[j] as number;
      j--;
    }
    order[j + 1] = slot;
  }
}

/** Whether slot `a`'s side is listed after slot `b`'s. */
function slotAfter(a: number, b: number, timeline: readonly Claim[], scratch: Scratch, sides: SideOrder): boolean {
  const { slotSide, slotHead } = scratch;
  const rankA = Math.min(slotSide[a] as number, sides.known);
  const rankB = Math.min(slotSide[b] as number, sides.known);
  if (rankA !== rankB) return rankA > rankB;
  // Two sides the corpus lacks: by id.
  return compareText((timeline[slotHead[a] as number] as Claim).side, (timeline[slotHead[b] as number] as Claim).side) > 0;
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

/** Whether the claims of one side's list (from `head`) contradict each other. */
function divided(head: number, scratch: Scratch, clashes: OwnClashes): boolean {
  const { next, groupOf, mark, found } = scratch;
  if ((next[head] as number) < 0) return false;
  const stamp = ++scratch.stamp;
  let count = 0;
  for (let i = head; i >= 0; i = next[i] as number) {
    const group = groupOf[i] as number;
    if (mark[group] === stamp) continue;
    mark[group] = stamp;
    found[count++] = group;
  }
  const { index } = clashes;
  return count >= 2 && index !== undefined && index.anyClashAmong(found, count);
}

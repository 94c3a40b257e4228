import type { Claim } from "../corpus/claim.js";
import type { Marks } from "./engine/marks.js";
import type { Scratch } from "./engine/scratch.js";

/** Where each side stands in the corpus's list of sides; shared by one reconcile call. */
export interface SideOrder {
  /** Each side's index; a side a claim names that the corpus lacks is added after them. */
  readonly index: Map<string, number>;
  /** How many sides the corpus lists: indexes from here on are sides it lacks. */
  readonly known: number;
  /** The sides the chaining at hand has given a slot, and per side index its slot. */
  readonly slotted: Marks;
  readonly slot: number[];
}

/**
 * Chains the listed claim positions (the first `count` of `list`, in timeline order) by side,
 * without a list per side: slot `s` holds one side (`slotSide`, its index in `sides`), its first
 * and last claim (`slotHead`, `slotTail`) and how many it has (`slotCount`); `next` links each
 * claim to the side's following one, or -1. Slots come in order of each side's first claim.
 *
 * @returns How many slots (sides) there are.
 */
export function chainBySide(
  timeline: readonly Claim[],
  list: Int32Array,
  count: number,
  scratch: Scratch,
  sides: SideOrder,
): number {
  const { next, slotSide, slotHead, slotTail, slotCount } = scratch;
  const { slotted } = sides;
  slotted.clear(sides.index.size);
  let slots = 0;
  for (let k = 0; k < count; k++) {
    const i = list[k]!;
    const side = timeline[i]!.side;
    let sideAt = sides.index.get(side);
    if (sideAt === undefined) {
      sideAt = sides.index.size;
      sides.index.set(side, sideAt);
      slotted.fit(sideAt + 1);
    }
    next[i] = -1;
    if (!slotted.add(sideAt)) {
      const slot = sides.slot[sideAt]!;
      next[slotTail[slot]!] = i;
      slotTail[slot] = i;
      slotCount[slot] = slotCount[slot]! + 1;
    } else {
      sides.slot[sideAt] = slots;
      slotSide[slots] = sideAt;
      slotHead[slots] = i;
      slotTail[slots] = i;
      slotCount[slots] = 1;
      slots++;
    }
  }
  return slots;
}

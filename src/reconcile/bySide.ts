import type { Claim } from "../corpus/claim.js";
import type { Scratch } from "./engine/scratch.js";

/** Where each side stands in the corpus's list of sides; shared by one reconcile call. */
export interface SideOrder {
  /** Each side's index; a side a claim names that the corpus lacks is added after them. */
  readonly index: Map<string, number>;
  /** How many sides the corpus lists: indexes from here on are sides it lacks. */
  readonly known: number;
  /** Per side index: the stamp of the chaining that last gave it a slot, and the slot. */
  readonly stamp: number[];
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
export function chainBySide(timeline: readonly Claim[], list: Int32Array, count: number, scratch: Scratch, sides: SideOrder): number {
  const { next, slotSide, slotHead, slotTail, slotCount } = scratch;
  // A new stamp frees every side's slot at once.
  const stamp = ++scratch.stamp;
  let slots = 0;
  for (let k = 0; k < count; k++) {
    const i = list[k]!;
    const side = timeline[i]!.side;
    let sideAt = sides.index.get(side);
    if (sideAt === undefined) {
      sideAt = sides.index.size;
      sides.index.set(side, sideAt);
    }
    next[i] = -1;
    if (sides.stamp[sideAt] === stamp) {
      const slot = sides.slot[sideAt]!;
      next[slotTail[slot]!] = i;
      slotTail[slot] = i;
      slotCount[slot] = slotCount[slot]! + 1;
    } else {
      sides.stamp[sideAt] = stamp;
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

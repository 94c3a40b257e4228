import type { Claim } from "../model/claim.js";
import { compareText } from "./byProposition.js";
import type { Position } from "./proposition.js";
import type { Scratch } from "./scratch.js";
import { sortSmall } from "./sortSmall.js";
import type { Group } from "./statements.js";
import { type ClashFinder, STOP } from "./sweep.js";

/** Where each side stands in the corpus's list of sides; shared by one reconcile call. */
export interface SideOrder {
  /** Each side's index; a side a claim names that the corpus lacks is added after them. */
  readonly index: Map<string, number>;
  /** How many sides the corpus lists: indexes from here on are sides it lacks. */
  readonly known: number;
  /** Per side index: the stamp of the proposition that last gave it a slot, and the slot. */
  readonly stamp: number[];
  readonly slot: number[];
}

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
  groups: readonly Group[],
  scratch: Scratch,
  sides: SideOrder,
  clashFinder: (groups: readonly Group[]) => ClashFinder,
): Position[] {
  const { current, next, slotSide, slotHead, slotTail, slotCount } = scratch;
  // A new stamp each call frees every side's slot at once.
  const stamp = ++scratch.stamp;
  let slots = 0;
  for (let k = 0; k < currentCount; k++) {
    const i = current[k] as number;
    const side = (timeline[i] as Claim).side;
    let sideAt = sides.index.get(side);
    if (sideAt === undefined) {
      sideAt = sides.index.size;
      sides.index.set(side, sideAt);
    }
    next[i] = -1;
    if (sides.stamp[sideAt] === stamp) {
      const slot = sides.slot[sideAt] as number;
      next[slotTail[slot] as number] = i;
      slotTail[slot] = i;
      slotCount[slot] = (slotCount[slot] as number) + 1;
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
  const order = new Array<number>(slots);
  for (let slot = 0; slot < slots; slot++) order[slot] = slot;
  if (slots > 1) {
    const rank = (slot: number): number => Math.min(slotSide[slot] as number, sides.known);
    const sideOf = (slot: number): string => (timeline[slotHead[slot] as number] as Claim).side;
    sortSmall(order, (a, b) => rank(a) - rank(b) || compareText(sideOf(a), sideOf(b)));
  }
  const positions = new Array<Position>(slots);
  for (let p = 0; p < slots; p++) {
    const slot = order[p] as number;
    const claims = new Array<string>(slotCount[slot] as number);
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
      divided: divided(slotHead[slot] as number, groups, scratch, clashFinder),
    };
  }
  return positions;
}

/** Whether the claims of one side's list (from `head`) contradict each other. */
function divided(head: number, groups: readonly Group[], scratch: Scratch, clashFinder: (groups: readonly Group[]) => ClashFinder): boolean {
  const { next, groupOf, mark } = scratch;
  if ((next[head] as number) < 0) return false;
  const stamp = ++scratch.stamp;
  const own: Group[] = [];
  for (let i = head; i >= 0; i = next[i] as number) {
    const group = groupOf[i] as number;
    if (mark[group] === stamp) continue;
    mark[group] = stamp;
    own.push(groups[group] as Group);
  }
  if (own.length < 2) return false;
  // The side's own current groups, in an index of their own.
  const index = clashFinder(own);
  for (let k = 0; k < own.length; k++) {
    if (!index.clashes(k, STOP)) return true;
    index.set(k, true);
  }
  return false;
}

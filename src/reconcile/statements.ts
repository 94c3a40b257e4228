import type { Claim } from "../corpus/claim.js";
import type { Tolerances } from "../rules/options.js";
import { sameStatement, statementHash } from "../rules/sameStatement.js";
import { type ValueSet, valueSet } from "../rules/valueSet.js";
import type { Scratch } from "./engine/scratch.js";

/** Claims of one proposition that make one statement: one value, one stance. */
export interface Group {
  /** The sides that made it: a frozen list, shared by every group one side alone made. */
  sides: readonly string[];
  /** The same sides as a set, once there are too many to scan. */
  sideSet: Set<string> | undefined;
  readonly set: ValueSet;
  readonly stance: Claim["stance"];
  readonly first: Claim;
  /** The first claim's {@link statementHash}: claims with another hash make another statement. */
  readonly hash: number | string;
}

/** Up to this many claims, grouping compares each with every group found so far. */
const GROUP_SCAN = 8;

/**
 * Numbers the distinct statements of a timeline in order of first appearance. Fills, in the
 * scratch arrays: each claim's group (`groupOf`) and place in it (`memberAt`), each group's
 * claim count, and its claims in timeline order (`members`, from `start`).
 */
export function groupStatements(
  timeline: readonly Claim[],
  scratch: Scratch,
  tolerances: Tolerances,
  alone: Map<string, readonly string[]>,
): Group[] {
  const n = timeline.length;
  const { groupOf, memberAt, count, start, members, sameHash } = scratch;
  const groups: Group[] = [];
  // Claims bucketed by a cheap hash, then matched by sameStatement: no string per figure. A
  // bucket is its latest group, which links to the one before it in `sameHash`: no list per hash.
  const buckets = n > GROUP_SCAN ? new Map<number | string, number>() : undefined;
  for (let i = 0; i < n; i++) {
    const claim = timeline[i]!;
    let id = -1;
    const hash = statementHash(claim.value, claim.stance);
    if (buckets) {
      const latest = buckets.get(hash) ?? -1;
      for (let candidate = latest; candidate >= 0; candidate = sameHash[candidate]!) {
        if (sameStatement(groups[candidate]!.first, claim)) {
          id = candidate;
          break;
        }
      }
      if (id < 0) {
        sameHash[groups.length] = latest;
        buckets.set(hash, groups.length);
      }
    } else {
      for (let candidate = 0; candidate < groups.length; candidate++) {
        const group = groups[candidate]!;
        if (group.hash === hash && sameStatement(group.first, claim)) {
          id = candidate;
          break;
        }
      }
    }
    if (id < 0) {
      id = groups.length;
      groups.push({
        sides: aloneList(claim.side, alone),
        set: valueSet(claim.value, claim.parties, tolerances, claim.bounds),
        stance: claim.stance,
        first: claim,
        hash,
        sideSet: undefined,
      });
      count[id] = 0;
    } else addSide(groups[id]!, claim.side);
    groupOf[i] = id;
    memberAt[i] = count[id]!++;
  }
  let at = 0;
  for (let g = 0; g < groups.length; g++) {
    start[g] = at;
    at += count[g]!;
  }
  for (let i = 0; i < n; i++) members[start[groupOf[i]!]! + memberAt[i]!] = i;
  return groups;
}

/** Past this many sides, a group looks its sides up in a set rather than its list. */
const SIDE_SCAN = 8;

/**
 * Adds a side to the group's list once. The list of one side is shared and frozen; from the
 * second side on the group owns its list and appends to it, so a statement made by every side of
 * a large corpus costs linear time, not a copy of the list per new side.
 */
function addSide(group: Group, side: string): void {
  const { sides } = group;
  if (sides.length === 1) {
    if (sides[0] !== side) group.sides = [sides[0]!, side];
    return;
  }
  if (group.sideSet) {
    if (group.sideSet.has(side)) return;
    group.sideSet.add(side);
  } else if (sides.includes(side)) return;
  else if (sides.length >= SIDE_SCAN) group.sideSet = new Set([...sides, side]);
  // Owned from the second side on (made just above), so appending changes no other group.
  (sides as string[]).push(side);
}

/** The frozen `[side]` list, one per side in `alone`, that every group one side alone made shares. */
function aloneList(side: string, alone: Map<string, readonly string[]>): readonly string[] {
  let list = alone.get(side);
  if (!list) {
    list = Object.freeze([side]);
    alone.set(side, list);
  }
  return list;
}

import type { Claim } from "../corpus/claim.js";
import type { Supersession } from "../corpus/reconciliation.js";
import { LATER_STATEMENT, NAMED_IN_SUPERSEDES, restates } from "../rules/supersession.js";
import { chainBySide, type SideOrder } from "./bySide.js";
import { outputList } from "./engine/outputList.js";
import type { Scratch } from "./engine/scratch.js";
import { sortNumbers } from "./engine/sort.js";
import type { Group } from "./statements.js";

/**
 * The supersession links of one proposition's timeline (claims sorted by moment, then id), in
 * timeline order of the newer claim, then the older, kept as numbers in `scratch.links` until
 * {@link supersessionsOf} makes them output. Fills, in the scratch arrays, each claim's validity
 * end (`until`): the moment of its earliest superseder (`endedBy`), or Infinity while current.
 * `groupOf` must hold each claim's statement and `moments` each claim's moment.
 *
 * Explicit `supersedes` links come first. On over-time attributes, among the claims no claim
 * names, the over-time rule ({@link overTimeApplies}) holds along the timeline: a side's claim is
 * superseded by its first later claim with a different statement
 * (equal statement numbers, same statement); identical restatements leave both current,
 * and claims of one side at one moment all stand. Links form a chain, never every transitive pair.
 *
 * @returns How many links there are.
 */
export function supersede(
  timeline: readonly Claim[],
  scratch: Scratch,
  sides: SideOrder,
  groups: readonly Group[],
): number {
  const n = timeline.length;
  const { until, endedBy, named } = scratch;
  scratch.backward = false;
  // One loop, not three calls to fill: most timelines are a few claims long.
  for (let i = 0; i < n; i++) {
    until[i] = Number.POSITIVE_INFINITY;
    endedBy[i] = -1;
    named[i] = 0;
  }
  scratch.linkCount = 0;
  // The claims each named target is superseded by: claims rarely name one, so this map is
  // made only when one does, and stays small.
  let namedBy: Map<string, number[]> | undefined;
  for (let i = 0; i < n; i++) {
    const { supersedes } = timeline[i]!;
    for (let k = 0; k < supersedes.length; k++) {
      const target = supersedes[k]!;
      namedBy ??= new Map();
      const newer = namedBy.get(target);
      if (newer) newer.push(i);
      else namedBy.set(target, [i]);
    }
  }
  // A target outside the timeline was stated after `asOf`, or is not in this corpus.
  if (namedBy) {
    for (let older = 0; older < n; older++) {
      const newer = namedBy.get(timeline[older]!.id);
      if (!newer) continue;
      named[older] = 1;
      for (let k = 0; k < newer.length; k++) link(timeline, scratch, newer[k]!, older, NAMED);
    }
  }
  if (timeline[0]!.changes === "over-time") supersedeOverTime(timeline, scratch, sides, groups);
  sortNumbers(scratch.links, scratch.linkCount);
  if (scratch.backward) throughChains(scratch, n);
  return scratch.linkCount;
}

/**
 * A claim stops being valid when anything that supersedes it begins, directly or through a
 * chain. Along links that run forward in time the first direct superseder is the earliest; a
 * claim that names a later one can make a chain's end begin first, so then each older claim takes
 * the earliest end among the claims that supersede it, until nothing changes (the links form no
 * cycle, so this ends).
 */
function throughChains(scratch: Scratch, n: number): void {
  const { links, linkCount, until, endedBy } = scratch;
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < linkCount; k++) {
      const key = links[k]!;
      const newer = newerOf(key, n);
      const older = olderOf(key, n);
      if (until[newer]! < until[older]!) {
        until[older] = until[newer]!;
        endedBy[older] = endedBy[newer]!;
        changed = true;
      }
    }
  }
}

const NAMED = 0;
const TIME = 1;

/**
 * A link as one number, `(newer × n + older) × 2 + kind`: links then sort as plain numbers, in
 * timeline order of the newer claim and then the older, and need no object until the output.
 * {@link newerOf} and {@link olderOf} read one back.
 */
function link(
  timeline: readonly Claim[],
  scratch: Scratch,
  newer: number,
  older: number,
  kind: typeof NAMED | typeof TIME,
): void {
  scratch.addLink((newer * timeline.length + older) * 2 + kind);
  const { until, endedBy } = scratch;
  const moment = scratch.moments[newer]!;
  if (moment < scratch.moments[older]!) scratch.backward = true;
  if (moment < until[older]!) {
    until[older] = moment;
    endedBy[older] = newer;
  }
}

/**
 * The newer claim of a link number (see `link`), for a timeline of `n` claims.
 *
 * @example
 * newerOf((2 * 5 + 1) * 2 + 1, 5); // => 2
 */
export function newerOf(key: number, n: number): number {
  return Math.floor((key - (key % 2)) / 2 / n);
}

/**
 * The older claim of a link number (see `link`), for a timeline of `n` claims.
 *
 * @example
 * olderOf((2 * 5 + 1) * 2 + 1, 5); // => 1
 */
export function olderOf(key: number, n: number): number {
  return ((key - (key % 2)) / 2) % n;
}

/**
 * Indexes the first `linkCount` links by their newer claim (they are sorted so): the links of
 * claim i are `links[linkFrom[i]]` to `links[linkFrom[i + 1]]`, for the sweep to tell a claim from
 * the claims that supersede it, directly or through a chain.
 */
export function indexLinks(scratch: Scratch, n: number, linkCount: number): void {
  const { links, linkFrom } = scratch;
  linkFrom.fill(0, 0, n + 1);
  for (let k = 0; k < linkCount; k++) {
    const newer = newerOf(links[k]!, n);
    linkFrom[newer + 1] = linkFrom[newer + 1]! + 1;
  }
  for (let i = 0; i < n; i++) linkFrom[i + 1] = linkFrom[i + 1]! + linkFrom[i]!;
}

/**
 * The first `linkCount` links {@link supersede} found, as the output lists them: each link's
 * number read back into its newer and older claim (by id) and its kind.
 */
export function supersessionsOf(scratch: Scratch, ids: readonly string[], linkCount: number): Supersession[] {
  const n = ids.length;
  const list = outputList<Supersession>(linkCount);
  for (let k = 0; k < linkCount; k++) {
    const key = scratch.links[k]!;
    const newerId = ids[newerOf(key, n)]!;
    const olderId = ids[olderOf(key, n)]!;
    list[k] =
      key % 2 === NAMED
        ? { newer: newerId, older: olderId, reason: NAMED_IN_SUPERSEDES }
        : { newer: newerId, older: olderId, reason: LATER_STATEMENT };
  }
  return list;
}

/**
 * Among the claims no claim names, each side's claim is superseded by its first later claim with
 * a different statement that does not merely restate it ({@link restates}). A side's claims at one moment form a batch: the batch's first claim
 * supersedes every waiting claim that says something else, and the batch's first claim that
 * differs from it supersedes those that say the same as it; what nothing superseded keeps waiting.
 */
function supersedeOverTime(
  timeline: readonly Claim[],
  scratch: Scratch,
  sides: SideOrder,
  groups: readonly Group[],
): void {
  const n = timeline.length;
  const { named, unnamed, pending, groupOf: statement, moments } = scratch;
  let count = 0;
  for (let i = 0; i < n; i++) if (!named[i]) unnamed[count++] = i;
  const slots = chainBySide(timeline, unnamed, count, scratch, sides);
  const { next, slotHead } = scratch;
  for (let slot = 0; slot < slots; slot++) {
    let waiting = 0;
    let head = slotHead[slot]!;
    while (head >= 0) {
      const moment = moments[head]!;
      const headKey = statement[head]!;
      let other = -1;
      let end = next[head]!;
      while (end >= 0 && moments[end] === moment) {
        if (other < 0 && statement[end] !== headKey) other = end;
        end = next[end]!;
      }
      let kept = 0;
      for (let p = 0; p < waiting; p++) {
        const older = pending[p]!;
        let newer = statement[older] !== headKey ? head : other;
        if (newer >= 0) {
          // A claim of the batch that only restates the older one leaves it standing; the batch's
          // first claim that neither says the same nor restates it replaces it. Restatements are
          // rare, so the batch is walked only then.
          const was = statementOf(timeline, groups, statement, older);
          if (restates(was, statementOf(timeline, groups, statement, newer))) {
            newer = -1;
            for (let k = head; k !== end; k = next[k]!) {
              if (statement[k] !== statement[older] && !restates(was, statementOf(timeline, groups, statement, k))) {
                newer = k;
                break;
              }
            }
          }
        }
        if (newer < 0) pending[kept++] = older;
        else link(timeline, scratch, newer, older, TIME);
      }
      waiting = kept;
      for (let k = head; k !== end; k = next[k]!) pending[waiting++] = k;
      head = end;
    }
  }
}

/** A claim's statement as the rules read it: its value, its stance, and its group's set. */
function statementOf(timeline: readonly Claim[], groups: readonly Group[], statement: Int32Array, at: number) {
  const claim = timeline[at]!;
  return { value: claim.value, stance: claim.stance, set: groups[statement[at]!]!.set };
}

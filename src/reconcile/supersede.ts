import type { Claim } from "../model/claim.js";
import type { Scratch } from "./scratch.js";
import { sortSmall } from "./sortSmall.js";

/** A supersession link between two timeline positions. */
export interface Link {
  readonly newer: number;
  readonly older: number;
  readonly by: "supersedes" | "time";
}

const NO_LINKS: readonly Link[] = Object.freeze([]);

/**
 * The supersession links of one proposition's timeline (claims sorted by moment, then id); in the
 * scratch arrays, each claim's validity end (`until`): the moment of its earliest superseder
 * (`endedBy`), or Infinity while current. `groupOf` must hold each claim's statement.
 *
 * Explicit `supersedes` links come first. On over-time attributes, among the claims no claim
 * names, a side's claim is superseded by its first later claim with a different statement
 * (equal statement numbers, same statement); identical restatements leave both current,
 * and claims of one side at one moment all stand. Links form a chain, never every transitive pair.
 */
export function supersede(timeline: readonly Claim[], scratch: Scratch): readonly Link[] {
  const n = timeline.length;
  const { until, endedBy, named, groupOf: statement } = scratch;
  until.fill(Number.POSITIVE_INFINITY, 0, n);
  endedBy.fill(-1, 0, n);
  named.fill(0, 0, n);
  // Made only when there is a link: most propositions have none.
  let links: Link[] | undefined;
  // The claims each named target is superseded by: claims rarely name one, so this map is small.
  let namedBy: Map<string, number[]> | undefined;
  const link = (newer: number, older: number, by: Link["by"]): void => {
    (links ??= []).push({ newer, older, by });
    const moment = (timeline[newer] as Claim).moment;
    if (moment < (until[older] as number)) {
      until[older] = moment;
      endedBy[older] = newer;
    }
  };
  for (let i = 0; i < n; i++) {
    const { supersedes } = timeline[i] as Claim;
    for (const target of supersedes) {
      namedBy ??= new Map();
      const newer = namedBy.get(target);
      if (newer) newer.push(i);
      else namedBy.set(target, [i]);
    }
  }
  // A target outside the timeline was stated after `asOf`, or is not in this corpus.
  if (namedBy) {
    for (let older = 0; older < n; older++) {
      const newer = namedBy.get((timeline[older] as Claim).id);
      if (!newer) continue;
      named[older] = 1;
      for (const i of newer) link(i, older, "supersedes");
    }
  }
  if ((timeline[0] as Claim).changes === "over-time") supersedeOverTime(timeline, statement, named, link);
  if (links === undefined) return NO_LINKS;
  // In timeline order of the newer claim, then the older, however the links were found.
  return sortSmall(links, (a, b) => a.newer - b.newer || a.older - b.older);
}

/**
 * Among the claims no claim names, each side's claim is superseded by its first later claim with
 * a different statement.
 */
function supersedeOverTime(
  timeline: readonly Claim[],
  statement: Int32Array,
  named: Uint8Array,
  link: (newer: number, older: number, by: Link["by"]) => void,
): void {
  const n = timeline.length;

  // Each side's claims, in timeline order.
  const bySide = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    if (named[i]) continue;
    const side = (timeline[i] as Claim).side;
    const own = bySide.get(side);
    if (own) own.push(i);
    else bySide.set(side, [i]);
  }
  for (const own of bySide.values()) {
    // The claims still waiting for a different later statement, grouped by statement.
    let pending: { key: number; claims: number[] }[] = [];
    let at = 0;
    while (at < own.length) {
      // A batch: the side's claims at one moment, in id order.
      const moment = (timeline[own[at] as number] as Claim).moment;
      let end = at + 1;
      while (end < own.length && (timeline[own[end] as number] as Claim).moment === moment) end++;
      const head = own[at] as number;
      const headKey = statement[head] as number;
      let otherThanHead: number | undefined;
      for (let k = at + 1; k < end && otherThanHead === undefined; k++) {
        if (statement[own[k] as number] !== headKey) otherThanHead = own[k];
      }
      const waiting: { key: number; claims: number[] }[] = [];
      for (const group of pending) {
        // The first claim of the batch that says something else supersedes them.
        const newer = group.key !== headKey ? head : otherThanHead;
        if (newer === undefined) waiting.push(group);
        else for (const older of group.claims) link(newer, older, "time");
      }
      pending = waiting;
      for (let k = at; k < end; k++) {
        const claim = own[k] as number;
        const key = statement[claim] as number;
        const group = pending.find((entry) => entry.key === key);
        if (group) group.claims.push(claim);
        else pending.push({ key, claims: [claim] });
      }
      at = end;
    }
  }
}

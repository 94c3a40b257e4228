import type { Claim } from "../model/claim.js";

/** A supersession link between two timeline positions. */
export interface Link {
  readonly newer: number;
  readonly older: number;
  readonly by: "supersedes" | "time";
}

/**
 * The supersession links of one proposition's timeline (claims sorted by moment, then id), and
 * each claim's validity end: the moment of its earliest superseder (`endedBy`), or Infinity while
 * current.
 *
 * Explicit `supersedes` links come first. On over-time attributes, among the claims no claim
 * names, a side's claim is superseded by its first later claim with a different statement
 * (`keys` tells statements apart); identical restatements leave both current, and claims of one
 * side at one moment all stand. Links form a chain, never every transitive pair.
 */
export function supersede(
  timeline: readonly Claim[],
  keys: readonly string[],
): { links: Link[]; until: number[]; endedBy: number[] } {
  const n = timeline.length;
  const until = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  const endedBy = new Array<number>(n).fill(-1);
  const links: Link[] = [];
  const named = new Array<number>(n).fill(0);
  let position: Map<string, number> | undefined;
  const link = (newer: number, older: number, by: Link["by"]): void => {
    links.push({ newer, older, by });
    const moment = (timeline[newer] as Claim).moment;
    if (moment < (until[older] as number)) {
      until[older] = moment;
      endedBy[older] = newer;
    }
  };
  for (let i = 0; i < n; i++) {
    const { supersedes } = timeline[i] as Claim;
    if (supersedes.length === 0) continue;
    if (!position) {
      position = new Map();
      for (let k = 0; k < n; k++) position.set((timeline[k] as Claim).id, k);
    }
    for (const target of supersedes) {
      const older = position.get(target);
      // A target outside the timeline was stated after `asOf`, or is not in this corpus.
      if (older === undefined) continue;
      named[older] = 1;
      link(i, older, "supersedes");
    }
  }
  if ((timeline[0] as Claim).changes !== "over-time") return { links, until, endedBy };

  // Per side: the claims still waiting for a different later statement, grouped by statement.
  const pendingBySide = new Map<string, Map<string, number[]>>();
  let i = 0;
  while (i < n) {
    // A batch: the claims at one moment, in id order.
    const moment = (timeline[i] as Claim).moment;
    let end = i;
    while (end < n && (timeline[end] as Claim).moment === moment) end++;
    const batchBySide = new Map<string, number[]>();
    for (let k = i; k < end; k++) {
      if (named[k]) continue;
      const side = (timeline[k] as Claim).side;
      const batch = batchBySide.get(side);
      if (batch) batch.push(k);
      else batchBySide.set(side, [k]);
    }
    for (const [side, batch] of batchBySide) {
      let pending = pendingBySide.get(side);
      if (!pending) {
        pending = new Map();
        pendingBySide.set(side, pending);
      }
      const head = batch[0] as number;
      const headKey = keys[head] as string;
      const otherThanHead = batch.find((k) => keys[k] !== headKey);
      for (const [key, waiting] of pending) {
        // The first claim of the batch that says something else supersedes them.
        const newer = key !== headKey ? head : otherThanHead;
        if (newer === undefined) continue;
        for (const older of waiting) link(newer, older, "time");
        pending.delete(key);
      }
      for (const k of batch) {
        const key = keys[k] as string;
        const waiting = pending.get(key);
        if (waiting) waiting.push(k);
        else pending.set(key, [k]);
      }
    }
    i = end;
  }
  return { links, until, endedBy };
}

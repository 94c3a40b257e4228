import { keepLayout } from "../../internal/keepLayout.js";
import { Marks } from "./marks.js";

/**
 * Working arrays that one reconcile call reuses from one proposition to the next, so that a
 * proposition of five claims does not allocate a dozen short-lived lists. Each proposition sizes
 * them with {@link Scratch.fit} and resets the part it uses; nothing in them outlives the call.
 */
export class Scratch {
  /** Per claim (timeline position): its moment, read once from the claim. */
  moments = new Float64Array(0);
  /** Per claim (timeline position): its group, its place in that group, and its validity. */
  groupOf = new Int32Array(0);
  memberAt = new Int32Array(0);
  until = new Float64Array(0);
  /** Per claim: when it goes stale (Infinity when its attribute sets no freshFor). */
  staleEnd = new Float64Array(0);
  endedBy = new Int32Array(0);
  named = new Uint8Array(0);
  /** Per claim: the next claim of the same list (a side's current claims), or -1. */
  next = new Int32Array(0);
  /** The claims of every group, each group's run in timeline order, starting at `start`. */
  members = new Int32Array(0);
  /** Per group (at most one per claim). */
  start = new Int32Array(0);
  count = new Int32Array(0);
  activeCount = new Int32Array(0);
  started = new Int32Array(0);
  /** Per group: the group made before it whose statement has the same hash, or -1. */
  sameHash = new Int32Array(0);
  /** Groups seen by the walk at hand: the current groups, or the groups of one side's claims. */
  readonly groupsSeen = new Marks();
  /**
   * What reading each claim ahead summed to (see `touch` in reconcile): kept, so the reads stay.
   * A fraction from the start, as the sums are, so that storing one keeps the layout
   * {@link keepLayout} keeps.
   */
  touched = 0.5;
  /**
   * Whether a claim of the proposition at hand outlives its superseder within its day; then, per
   * claim, where its links as the newer claim start in `links` (`linkFrom[i]` to `linkFrom[i + 1]`),
   * and the claims one walk along them has visited.
   */
  extended = false;
  /** Whether a link of the proposition at hand runs back in time (a claim names a later one). */
  backward = false;
  linkFrom = new Int32Array(1);
  readonly claimsVisited = new Marks();
  /** What positionsOf's last side said together: divided, and the joint value when no claim holds it. */
  divided = false;
  joint: unknown = undefined;
  /** Group lists: those clashing with the group the sweep is starting, then a side's own groups. */
  found = new Int32Array(0);
  /** The groups with a current claim. */
  currentGroups = new Int32Array(0);
  /** Lists of claim positions: validity ends for the sweep, and the current claims. */
  ends = new Int32Array(0);
  current = new Int32Array(0);
  /** Per slot of a side with current claims: the side's index, and its list of claims. */
  slotSide = new Int32Array(0);
  slotHead = new Int32Array(0);
  slotTail = new Int32Array(0);
  slotCount = new Int32Array(0);
  /** Slots in the order their positions are listed. */
  slotOrder = new Int32Array(0);
  /** Claim positions: those no claim names, and those waiting for a different later statement. */
  unnamed = new Int32Array(0);
  pending = new Int32Array(0);
  /** The supersession links found so far, each as one number (see `supersede`). */
  links = new Float64Array(64);
  linkCount = 0;

  /** Makes room for a timeline of `n` claims. */
  fit(n: number): void {
    if (this.groupOf.length >= n) return;
    const size = Math.max(n, 2 * this.groupOf.length, 64);
    this.moments = new Float64Array(size);
    this.groupOf = new Int32Array(size);
    this.memberAt = new Int32Array(size);
    this.until = new Float64Array(size);
    this.staleEnd = new Float64Array(size);
    this.linkFrom = new Int32Array(size + 1);
    this.endedBy = new Int32Array(size);
    this.named = new Uint8Array(size);
    this.next = new Int32Array(size);
    this.members = new Int32Array(size);
    this.start = new Int32Array(size);
    this.count = new Int32Array(size);
    this.activeCount = new Int32Array(size);
    this.started = new Int32Array(size);
    this.sameHash = new Int32Array(size);
    this.found = new Int32Array(size);
    this.currentGroups = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.current = new Int32Array(size);
    this.slotSide = new Int32Array(size);
    this.slotHead = new Int32Array(size);
    this.slotTail = new Int32Array(size);
    this.slotCount = new Int32Array(size);
    this.slotOrder = new Int32Array(size);
    this.unnamed = new Int32Array(size);
    this.pending = new Int32Array(size);
  }

  /** Appends a link; a claim may name many others, so links have room of their own. */
  addLink(key: number): void {
    if (this.linkCount === this.links.length) {
      const grown = new Float64Array(2 * this.links.length);
      grown.set(this.links);
      this.links = grown;
    }
    this.links[this.linkCount++] = key;
  }
}

keepLayout("Scratch", () => new Scratch());

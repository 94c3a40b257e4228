import type { Stance } from "../../corpus/claim.js";
import { keepLayout } from "../../internal/keepLayout.js";
import { fit, type ValueSet } from "../../rules/valueSet.js";
import { addInterval, IntervalIndex, type IntervalList, intervalList, STOP, type Visit } from "./intervalIndex.js";
import { Marks } from "./marks.js";

/** What the index needs of a group of identical statements. */
export interface GroupShape {
  readonly set: ValueSet;
  readonly stance: Stance;
}

interface NumberBucket {
  plain: IntervalIndex;
  perSideTotal: IntervalIndex;
  parties: Map<string, IntervalIndex>;
}

interface StanceIndexes {
  readonly labels: Map<string, number>;
  readonly dates: IntervalIndex;
  readonly numbers: Map<string, NumberBucket>;
  /** The same buckets as `numbers`, with their units, in a list to walk without an iterator. */
  readonly units: string[];
  readonly buckets: NumberBucket[];
}

/** Most buckets of a proposition are empty: they share one index with nothing in it. */
const EMPTY = new IntervalIndex(intervalList());

function indexOf(entries: IntervalList): IntervalIndex {
  return entries.members.length === 0 ? EMPTY : new IntervalIndex(entries);
}

function buildStance(groups: readonly GroupShape[], stance: Stance): StanceIndexes {
  const dates = intervalList();
  const numbers = new Map<
    string,
    { plain: IntervalList; perSideTotal: IntervalList; parties: Map<string, IntervalList> }
  >();
  for (let id = 0; id < groups.length; id++) {
    const group = groups[id]!;
    if (group.stance !== stance) continue;
    const { set } = group;
    if (set.family === "date") addInterval(dates, id, set.lo, set.hi);
    else if (set.family === "number") {
      const unit = set.unit ?? "";
      let bucket = numbers.get(unit);
      if (!bucket) {
        bucket = { plain: intervalList(), perSideTotal: intervalList(), parties: new Map() };
        numbers.set(unit, bucket);
      }
      const figures = set.bySide;
      if (figures) {
        addInterval(bucket.perSideTotal, id, set.lo, set.hi);
        for (let k = 0; k < figures.parties.length; k++) {
          const party = figures.parties[k]!;
          let entries = bucket.parties.get(party);
          if (!entries) {
            entries = intervalList();
            bucket.parties.set(party, entries);
          }
          addInterval(entries, id, figures.bounds[2 * k]!, figures.bounds[2 * k + 1]!);
        }
      } else addInterval(bucket.plain, id, set.lo, set.hi);
    }
  }
  const numberBuckets = new Map<string, NumberBucket>();
  for (const [unit, bucket] of numbers) {
    numberBuckets.set(unit, {
      plain: indexOf(bucket.plain),
      perSideTotal: indexOf(bucket.perSideTotal),
      parties: new Map([...bucket.parties].map(([party, entries]) => [party, indexOf(entries)])),
    });
  }
  return {
    labels: new Map(),
    dates: indexOf(dates),
    numbers: numberBuckets,
    units: [...numberBuckets.keys()],
    buckets: [...numberBuckets.values()],
  };
}

/**
 * The groups of one proposition (distinct statements: at most one per label and stance),
 * switched on while one of their claims is valid, answering
 * "which active groups contradict this one?" without comparing every pair.
 *
 * A group contradicts another when both assert values that cannot both be true, or one denies a
 * value the other's assertion fits. Two denials never contradict.
 */
export class ClashIndex {
  private readonly asserts: StanceIndexes;
  private readonly denies: StanceIndexes;
  private readonly activeAssertLabels: ActiveList;
  private readonly seen = new Marks();

  constructor(private readonly groups: readonly GroupShape[]) {
    this.asserts = buildStance(groups, "asserts");
    this.denies = buildStance(groups, "denies");
    this.activeAssertLabels = new ActiveList(groups.length);
  }

  /** Switches a group on or off. */
  set(id: number, active: boolean): void {
    const group = this.groups[id];
    if (!group) return;
    const indexes = group.stance === "asserts" ? this.asserts : this.denies;
    const { set } = group;
    if (set.family === "label") {
      if (active) indexes.labels.set(set.label, id);
      else indexes.labels.delete(set.label);
      if (group.stance === "asserts") {
        if (active) this.activeAssertLabels.add(id);
        else this.activeAssertLabels.delete(id);
      }
    } else if (set.family === "date") indexes.dates.set(id, active);
    else {
      const bucket = indexes.numbers.get(set.unit ?? "");
      if (!bucket) return;
      if (set.bySide) {
        bucket.perSideTotal.set(id, active);
        for (const party of set.bySide.parties) bucket.parties.get(party)?.set(id, active);
      } else bucket.plain.set(id, active);
    }
  }

  /**
   * Whether any two of the first `count` groups in `ids` contradict each other: they are switched
   * on one by one, each first asked whether it clashes with those before it, then switched off
   * again. Every group must be switched off when it is called.
   */
  anyClashAmong(ids: Int32Array, count: number): boolean {
    let on = 0;
    let clash = false;
    for (; on < count; on++) {
      if (!this.clashes(ids[on]!, STOP)) {
        clash = true;
        break;
      }
      this.set(ids[on]!, true);
    }
    for (let k = 0; k < on; k++) this.set(ids[k]!, false);
    return clash;
  }

  /**
   * Visits every active group that contradicts group `id` (each once); stops when `visit`
   * returns false, and then returns false.
   */
  clashes(id: number, visit: Visit): boolean {
    const group = this.groups[id];
    if (!group) return true;
    if (group.stance === "asserts") {
      return this.incompatibleAsserts(group.set, id, visit) && this.compatible(this.denies, group.set, id, visit);
    }
    return this.compatible(this.asserts, group.set, id, visit);
  }

  /** Active asserting groups but `skip` whose values cannot be true together with `set`. */
  private incompatibleAsserts(set: ValueSet, skip: number, visit: Visit): boolean {
    const { dates, units, buckets } = this.asserts;
    const labels = this.activeAssertLabels;
    const same = set.family === "label" ? this.asserts.labels.get(set.label) : undefined;
    for (let k = 0; k < labels.count; k++) {
      const other = labels.members[k]!;
      if (other !== same && other !== skip && !visit(other)) return false;
    }
    if (set.family !== "date") {
      if (!dates.active(skip, visit)) return false;
    } else if (!dates.disjoint(set.lo, set.hi, skip, visit)) return false;
    for (let k = 0; k < buckets.length; k++) {
      const unit = units[k]!;
      const bucket = buckets[k]!;
      if (set.family !== "number" || (set.unit !== undefined && unit !== "" && unit !== set.unit)) {
        if (!bucket.plain.active(skip, visit) || !bucket.perSideTotal.active(skip, visit)) return false;
        continue;
      }
      if (!bucket.plain.disjoint(set.lo, set.hi, skip, visit)) return false;
      const figures = set.bySide;
      if (figures) {
        // A per-side pair clashes when any party's figures are disjoint; a group may turn up
        // under several parties, so each is visited once.
        const { seen } = this;
        seen.clear(this.groups.length);
        const once: Visit = (other) => !seen.add(other) || visit(other);
        for (let k = 0; k < figures.parties.length; k++) {
          const index = bucket.parties.get(figures.parties[k]!);
          if (index && !index.disjoint(figures.bounds[2 * k]!, figures.bounds[2 * k + 1]!, skip, once)) return false;
        }
      } else if (!bucket.perSideTotal.disjoint(set.lo, set.hi, skip, visit)) return false;
    }
    return true;
  }

  /** Active groups but `skip` of the given stance whose values can be true together with `set`. */
  private compatible(indexes: StanceIndexes, set: ValueSet, skip: number, visit: Visit): boolean {
    if (set.family === "label") {
      const other = indexes.labels.get(set.label);
      return other === undefined || other === skip || visit(other);
    }
    if (set.family === "date") return indexes.dates.overlapping(set.lo, set.hi, skip, visit);
    const { units, buckets } = indexes;
    for (let k = 0; k < buckets.length; k++) {
      const unit = units[k]!;
      const bucket = buckets[k]!;
      if (set.unit !== undefined && unit !== "" && unit !== set.unit) continue;
      if (!bucket.plain.overlapping(set.lo, set.hi, skip, visit)) return false;
      const figures = set.bySide;
      if (figures) {
        // Every party must overlap: search one party's index and check the rest.
        const first = figures.parties[0];
        if (first === undefined) continue;
        const index = bucket.parties.get(first);
        const filtered: Visit = (other) => {
          const shape = this.groups[other];
          return !shape || !fit(set, shape.set).compatible || visit(other);
        };
        if (index && !index.overlapping(figures.bounds[0]!, figures.bounds[1]!, skip, filtered)) return false;
      } else if (!bucket.perSideTotal.overlapping(set.lo, set.hi, skip, visit)) return false;
    }
    return true;
  }
}

/** A set of group ids, walked as a list: adding and removing swap in place. */
class ActiveList {
  readonly members: Int32Array;
  private readonly at: Int32Array;
  count = 0;

  constructor(size: number) {
    this.members = new Int32Array(size);
    this.at = new Int32Array(size).fill(-1);
  }

  add(id: number): void {
    if (this.at[id]! >= 0) return;
    this.at[id] = this.count;
    this.members[this.count++] = id;
  }

  delete(id: number): void {
    const position = this.at[id]!;
    if (position < 0) return;
    const last = this.members[--this.count]!;
    this.members[position] = last;
    this.at[last] = position;
    this.at[id] = -1;
  }
}

keepLayout("ClashIndex", () => new ClashIndex([]));

import type { Claim } from "../model/claim.js";
import { sortSmall } from "./sortSmall.js";

/** A subject's attributes, in order of appearance; a map joins them when there are many. */
interface SubjectClaims {
  readonly attributes: string[];
  readonly claims: Claim[][];
  byAttribute: Map<string, Claim[]> | undefined;
}

/** Past this many attributes of one subject, finding one by a scan costs more than a map. */
const ATTRIBUTE_SCAN = 8;

/** Timeline order: by moment, then by id, so the order never depends on the input's. */
export function byTimeline(a: Claim, b: Claim): number {
  return a.moment - b.moment || compareText(a.id, b.id);
}

/** Up to this many claims, comparing the claims themselves is cheapest. */
const DIRECT_SORT = 32;

/**
 * Sorts claims into timeline order. A long list is sorted as positions over a compact copy of
 * its moments, so most comparisons read one typed array instead of two claim objects scattered
 * through memory; only equal moments compare ids.
 */
export function sortTimeline(claims: Claim[]): Claim[] {
  const n = claims.length;
  if (n <= DIRECT_SORT) return sortSmall(claims, byTimeline);
  const moments = new Float64Array(n);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    moments[i] = (claims[i] as Claim).moment;
    order[i] = i;
  }
  order.sort(
    (a, b) =>
      (moments[a] as number) - (moments[b] as number) || compareText((claims[a] as Claim).id, (claims[b] as Claim).id),
  );
  const sorted = new Array<Claim>(n);
  for (let k = 0; k < n; k++) sorted[k] = claims[order[k] as number] as Claim;
  return sorted;
}

/** Code-unit order, as `Array.prototype.sort` without a comparator gives. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The claims of each proposition, by subject and then attribute, each list in input order: the
 * caller sorts a list just before it works on it, while its claims are in the processor's cache.
 * Most subjects have a few attributes, so a short list is scanned before a map is built.
 */
export function byProposition(claims: readonly Claim[]): Claim[][] {
  const bySubject = new Map<string, SubjectClaims>();
  for (const claim of claims) {
    let subject = bySubject.get(claim.subject);
    if (!subject) {
      subject = { attributes: [claim.attribute], claims: [[claim]], byAttribute: undefined };
      bySubject.set(claim.subject, subject);
      continue;
    }
    let list: Claim[] | undefined;
    if (subject.byAttribute) list = subject.byAttribute.get(claim.attribute);
    else {
      const at = subject.attributes.indexOf(claim.attribute);
      if (at >= 0) list = subject.claims[at];
    }
    if (list) {
      list.push(claim);
      continue;
    }
    subject.attributes.push(claim.attribute);
    subject.claims.push([claim]);
    if (subject.byAttribute) subject.byAttribute.set(claim.attribute, subject.claims[subject.claims.length - 1] as Claim[]);
    else if (subject.attributes.length > ATTRIBUTE_SCAN) {
      subject.byAttribute = new Map(subject.attributes.map((attribute, k) => [attribute, subject.claims[k] as Claim[]]));
    }
  }
  const lists: Claim[][] = [];
  for (const key of [...bySubject.keys()].sort()) {
    const subject = bySubject.get(key) as SubjectClaims;
    const order = subject.attributes.map((_, k) => k);
    if (order.length > 1) sortSmall(order, (a, b) => compareText(subject.attributes[a] as string, subject.attributes[b] as string));
    for (const k of order) lists.push(subject.claims[k] as Claim[]);
  }
  return lists;
}

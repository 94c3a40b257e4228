import { parseMoment } from "../corpus/moment.js";
import { keepLayout } from "../internal/keepLayout.js";

/**
 * Moments already read in one parse: corpora repeat the same few dates many times, and a claim's
 * date is read twice, to check the claim and to resolve it.
 *
 * @example
 * const moments = new MomentCache();
 * moments.read("2025-05-16"); // => 1747353600000
 * moments.read("16 May"); // => undefined
 */
export class MomentCache {
  /** NaN marks a text already found not to be a date: one lookup per claim, not two. */
  private readonly known = new Map<string, number>();
  private lastText = "";
  private lastMoment: number | undefined = undefined;

  /** The moment of an ISO date or date-time, in ms since the epoch; undefined for other text. */
  read(text: string): number | undefined {
    if (text === this.lastText) return this.lastMoment;
    const known = this.known.get(text);
    let value: number | undefined;
    if (known !== undefined) value = Number.isNaN(known) ? undefined : known;
    else {
      value = parseMoment(text);
      this.known.set(text, value ?? Number.NaN);
    }
    this.lastText = text;
    this.lastMoment = value;
    return value;
  }
}

keepLayout("MomentCache", () => new MomentCache());

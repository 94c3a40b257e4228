import type { PerSide, Quantity } from "../corpus/value.js";
import type { CompiledRange, Language } from "./language.js";
import type { HedgeForm, Unit } from "./languageTable.js";
import { isSoftSpace, matchPhrase, skipSpace } from "./phraseTrie.js";
import type { PreparedText } from "./prepareText.js";
import { DASHES, type Numeral } from "./scanNumerals.js";
import { matchSideName, type SideIndex } from "./sideIndex.js";
import { isWord, type Token } from "./tokenize.js";

/**
 * The quantity grammar: hedges, per-side words, range and age openers before a number; a unit,
 * a range, a reciprocal ("1,000 for 1,000"), a duration's second part ("1 uur en 45 minuten"),
 * per-side words and hedges after it; with side names, "1,000 Ukrainians for 800 Russians".
 * Token indices throughout; findQuantities turns them into
 * offsets.
 */

/** What a figure reads as, in token indices `[start, end)`. */
export type Figure =
  | { readonly kind: "value"; readonly start: number; readonly end: number; readonly value: Quantity | PerSide }
  | {
      readonly kind: "unread";
      readonly start: number;
      readonly end: number;
      readonly code: "unequal_sides" | "ambiguous_ordinal";
      readonly message: string;
    }
  /** Numbers that are not counts (a year, an ordinal, "one of"): the scan moves past them. */
  | { readonly kind: "skip"; readonly end: number };

/** A quantity without its tag. */
interface Body {
  value?: number;
  min?: number;
  max?: number;
  approx?: boolean;
  unit?: Unit;
}

interface UnitFound {
  readonly unit: Unit;
  readonly end: number;
  readonly suffix: string | undefined;
}

/** A side name after a figure ("Russians", "North Koreans", "U.S."): the sides it names and its tokens `[at, end)`. */
interface SideWord {
  readonly sides: ReadonlySet<string>;
  readonly at: number;
  readonly end: number;
}

/** What follows a figure in a reciprocal with side names: a side word, a unit word, or both. */
interface SidePart {
  readonly side: SideWord | undefined;
  readonly unit: Unit | undefined;
  readonly end: number;
  /** Whether the unit came before the side word ("prisoners Ukrainian"), so the second figure is read alike. */
  readonly unitFirst: boolean;
}

interface ReciprocalFound {
  readonly second: Numeral;
  readonly end: number;
  readonly unit: Unit | undefined;
  /** The side words after the first and the second figure, when side names were given and found. */
  readonly named?: { readonly first: SideWord; readonly second: SideWord | undefined };
}

/** The one side a side word names, or undefined when it names several. */
function onlySide(word: SideWord | undefined): string | undefined {
  if (word === undefined || word.sides.size !== 1) return undefined;
  for (const side of word.sides) return side;
  return undefined;
}

/** How a larger time unit converts into a smaller one. */
const TIME_FACTORS: Readonly<Partial<Record<Unit, Readonly<Partial<Record<Unit, number>>>>>> = {
  day: { hour: 24, minute: 1440 },
  hour: { minute: 60 },
};

function hedged(value: number, form: HedgeForm | undefined): Body {
  switch (form) {
    case undefined:
      return { value };
    case "approx":
      return { value, approx: true };
    case "below":
      return { max: value, approx: true };
    case "above":
      return { min: value };
    case "aboveApprox":
      return { min: value, approx: true };
    case "upTo":
      return { max: value };
  }
}

/** The bound an `approx` hedge before it makes approximate: "schätzungsweise mindestens", "naar schatting ruim". */
function approximate(form: HedgeForm): HedgeForm | undefined {
  switch (form) {
    case "approx":
      return undefined;
    case "above":
    case "aboveApprox":
      return "aboveApprox";
    case "below":
    case "upTo":
      return "below";
  }
}

/** A vague range ("tens of thousands") under a hedge before it. */
function hedgedRange(vague: { readonly min: number; readonly max: number }, form: HedgeForm | undefined): Body {
  switch (form) {
    case undefined:
    case "approx":
      return { min: vague.min, max: vague.max, approx: true };
    case "above":
    case "aboveApprox":
      return { min: vague.min, approx: true };
    case "below":
    case "upTo":
      return { max: vague.max, approx: true };
  }
}

function withUnit(body: Body, unit: Unit | undefined): Body {
  return unit === undefined ? body : { ...body, unit };
}

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1800 && value <= 2199;
}

function formatNumber(value: number): string {
  return String(value);
}

/**
 * Reads figures starting at given tokens of one prepared text.
 *
 * @example
 * const prepared = prepareText("about 1,200 people", english);
 * new FigureReader(prepared, english, scanNumerals(prepared.tokens, english, prepared.blocked).numerals, undefined).read(0);
 * // => { kind: "value", start: 0, end: 7, value: { kind: "quantity", value: 1200, approx: true, unit: "person" } }
 */
export class FigureReader {
  private readonly tokens: readonly Token[];
  private readonly blocked: Uint8Array;
  private readonly text: string;

  constructor(
    prepared: PreparedText,
    private readonly language: Language,
    private readonly numerals: readonly (Numeral | undefined)[],
    private readonly sides: readonly [string, string] | undefined,
    private readonly sideNames: SideIndex | undefined = undefined,
  ) {
    this.tokens = prepared.tokens;
    this.blocked = prepared.blocked;
    this.text = prepared.text;
  }

  private next(index: number): number {
    return skipSpace(this.tokens, index);
  }

  private free(index: number): boolean {
    return index < this.tokens.length && this.blocked[index] !== 1;
  }

  /** A unit word at `index`: a listed form, or a stem with up to six letters of suffix. */
  private unitAt(index: number): UnitFound | undefined {
    const token = this.tokens[index];
    if (!isWord(token) || !this.free(index)) return undefined;
    const listed = matchPhrase(this.tokens, index, this.language.units, this.blocked);
    if (listed) {
      const unit = listed.entries[0];
      if (unit !== undefined) return { unit, end: listed.end, suffix: undefined };
    }
    const key = token.key;
    for (let length = Math.min(this.language.longestStem, key.length); length >= 2; length--) {
      const unit = this.language.unitStems.get(key.slice(0, length));
      if (unit !== undefined && key.length - length <= 6) return { unit, end: index + 1, suffix: key.slice(length) };
    }
    return undefined;
  }

  /** The sides a name at `index` names, by name key; undefined where no listed name starts. */
  private sideAt(index: number): SideWord | undefined {
    const token = this.tokens[index];
    if (this.sideNames === undefined || !isWord(token) || !this.free(index) || this.numerals[index] !== undefined)
      return undefined;
    const found = matchSideName(this.tokens, this.text, index, this.sideNames, (position) => this.free(position));
    return found === undefined ? undefined : { sides: found.sides, at: index, end: found.end };
  }

  /**
   * A side word and a unit word at `index`, in either order ("Ukrainian prisoners", "prisoners
   * Ukrainian"), or the order given; a unit alone gives no side.
   */
  private sidePartAt(index: number, order: "any" | "sideFirst" | "unitFirst"): SidePart | undefined {
    if (order !== "unitFirst") {
      const side = this.sideAt(index);
      if (side) {
        const unit = this.unitAt(this.next(side.end));
        return { side, unit: unit?.unit, end: unit?.end ?? side.end, unitFirst: false };
      }
    }
    const unit = this.unitAt(index);
    if (!unit) return undefined;
    if (order !== "sideFirst") {
      const at = this.next(unit.end);
      const side = at > unit.end ? this.sideAt(at) : undefined;
      if (side) return { side, unit: unit.unit, end: side.end, unitFirst: true };
    }
    return { side: undefined, unit: unit.unit, end: unit.end, unitFirst: false };
  }

  /**
   * "1,000 Ukrainians for 800 Russians": a side word (with or without a unit) after the first
   * figure, a connector, the second figure and what names its side. Needs `sideNames`; the side
   * words are never units.
   */
  private sideReciprocalAfter(end: number): ReciprocalFound | undefined {
    if (this.sideNames === undefined) return undefined;
    const first = this.sidePartAt(this.next(end), "any");
    if (first?.side === undefined) return undefined;
    const connector = matchPhrase(this.tokens, this.next(first.end), this.language.reciprocal, this.blocked);
    if (!connector?.entries.some((entry) => entry.suffixes === undefined)) return undefined;
    const secondAt = this.next(connector.end);
    if (secondAt === connector.end) return undefined;
    const second = this.numeralAt(secondAt);
    if (!second) return undefined;
    const after = this.sidePartAt(this.next(second.end), first.unitFirst ? "unitFirst" : "sideFirst");
    if (first.unit !== undefined && after?.unit !== undefined && first.unit !== after.unit) return undefined;
    return {
      second,
      end: after?.end ?? second.end,
      unit: first.unit ?? after?.unit,
      named: { first: first.side, second: after?.side },
    };
  }

  /** A bound hedge at `index`, perhaps after an intensifier ("deutlich mehr als", "well over"). */
  private boundAt(index: number): { form: HedgeForm; end: number } | undefined {
    const bound = (at: number) => {
      const found = matchPhrase(this.tokens, at, this.language.hedgesBefore, this.blocked);
      const form = found?.entries[0]?.form;
      return found === undefined || form === undefined || form === "approx" ? undefined : { form, end: found.end };
    };
    const intensifier = matchPhrase(this.tokens, index, this.language.intensifiers, this.blocked);
    const at = intensifier ? this.next(intensifier.end) : index;
    // "ruim meer dan" is an intensified bound, "ruim 1.000" a bound of its own.
    return (intensifier && at > intensifier.end ? bound(at) : undefined) ?? bound(index);
  }

  /**
   * The hedges before a number at `index`: one hedge, a bound after an intensifier ("deutlich
   * mehr als"), or an `approx` hedge and a bound ("schätzungsweise mindestens"), read as one.
   */
  private hedgeBefore(index: number): { form: HedgeForm; end: number } | undefined {
    const strengthened = this.boundAt(index);
    if (strengthened) return strengthened;
    const found = matchPhrase(this.tokens, index, this.language.hedgesBefore, this.blocked);
    const form = found?.entries[0]?.form;
    if (found === undefined || form === undefined) return undefined;
    if (form === "approx") {
      const at = this.next(found.end);
      const bound = at > found.end ? this.boundAt(at) : undefined;
      const combined = bound ? approximate(bound.form) : undefined;
      if (bound && combined) return { form: combined, end: bound.end };
    }
    return { form, end: found.end };
  }

  /** A unit after at most two plain words: "6,000 Ukrainian soldiers", "390 of our citizens". */
  private unitAfterWords(index: number): UnitFound | undefined {
    let position = index;
    for (let gap = 0; gap <= 2; gap++) {
      const unit = this.unitAt(position);
      if (unit) return unit;
      const token = this.tokens[position];
      if (!isWord(token) || !this.free(position) || this.numerals[position] !== undefined) return undefined;
      if (this.language.stopWords.has(token.key)) return undefined;
      const space = this.tokens[position + 1];
      if (space === undefined || space.kind !== "space" || space.lineBreaks > 0) return undefined;
      position += 2;
    }
    return undefined;
  }

  /** The number at `index`, if it can continue a figure (not a range cluster of its own). */
  private numeralAt(index: number): Numeral | undefined {
    if (!this.free(index)) return undefined;
    const numeral = this.numerals[index];
    return numeral !== undefined && numeral.rangeTo === undefined ? numeral : undefined;
  }

  private rangeAfter(
    end: number,
    first: Numeral,
    ranges: readonly CompiledRange[],
  ): { second: Numeral; end: number; unit: Unit | undefined } | undefined {
    const joinAt = this.next(end);
    const close = (position: number, range: CompiledRange | undefined): number | undefined => {
      const closing = range?.close;
      if (closing) return matchPhrase(this.tokens, this.next(position), closing, this.blocked)?.end;
      return matchPhrase(this.tokens, this.next(position), this.language.rangeClosers, this.blocked)?.end ?? position;
    };
    const finish = (secondAt: number, range: CompiledRange | undefined) => {
      const second = this.numeralAt(secondAt);
      if (!second || second.value < first.value) return undefined;
      let position = second.end;
      const unit = this.unitAt(this.next(position));
      if (unit) position = unit.end;
      const closed = close(position, range);
      if (closed === undefined) return undefined;
      return { second, end: closed, unit: unit?.unit };
    };
    for (const range of ranges) {
      const join = matchPhrase(this.tokens, joinAt, range.join, this.blocked);
      if (!join) continue;
      const found = finish(this.next(join.end), range);
      if (found) return found;
    }
    // "18 – 25" with spaces around the dash.
    const dash = this.tokens[joinAt];
    if (joinAt > end && dash?.kind === "punct" && DASHES.has(dash.key) && isSoftSpace(this.tokens[joinAt + 1])) {
      return finish(joinAt + 2, undefined);
    }
    return undefined;
  }

  private reciprocalAfter(
    end: number,
    unit: Unit | undefined,
    suffix: string | undefined,
  ): ReciprocalFound | undefined {
    const finish = (secondAt: number, sameUnit: boolean) => {
      const second = this.numeralAt(secondAt);
      if (!second) return undefined;
      const unitAfter = this.unitAt(this.next(second.end));
      if (unit !== undefined && unitAfter !== undefined && unit !== unitAfter.unit) return undefined;
      if (sameUnit && unitAfter?.unit !== unit) return undefined;
      return { second, end: unitAfter?.end ?? second.end, unit: unitAfter?.unit };
    };
    const start = this.next(end);
    const connector = matchPhrase(this.tokens, start, this.language.reciprocal, this.blocked);
    if (connector) {
      const reciprocal = connector.entries[0];
      const needs = reciprocal?.suffixes;
      if (needs === undefined || (suffix !== undefined && needs.includes(suffix))) {
        const found = finish(this.next(connector.end), false);
        if (found) return found;
      }
    }
    if (
      suffix !== undefined &&
      this.language.reciprocalBySuffix.some((reciprocal) => reciprocal.suffixes?.includes(suffix))
    ) {
      const found = finish(start, false);
      if (found) return found;
    }
    // "1000 gevangenen uit te wisselen voor 1000 gevangenen": up to three words between, same unit twice.
    if (unit === undefined) return undefined;
    let position = start;
    for (let gap = 0; gap < 3; gap++) {
      const token = this.tokens[position];
      if (!isWord(token) || !this.free(position) || this.numerals[position] !== undefined) return undefined;
      const space = this.tokens[position + 1];
      if (space === undefined || space.kind !== "space" || space.lineBreaks > 0) return undefined;
      position += 2;
      const later = matchPhrase(this.tokens, position, this.language.reciprocal, this.blocked);
      if (later && later.entries[0]?.suffixes === undefined) {
        const found = finish(this.next(later.end), true);
        if (found) return found;
      }
    }
    return undefined;
  }

  /**
   * Reads the figure starting at token `index`, if one does.
   *
   * @param index - A word or digits token.
   * @returns The figure, a skip past a number that is no count, or undefined.
   * @example
   * reader.read(0)?.kind; // => "value" for "about 1,200 people"
   */
  read(index: number): Figure | undefined {
    const tokens = this.tokens;
    const language = this.language;
    let position = index;
    let hedge: { form: HedgeForm; start: number } | undefined;
    let each: number | undefined;
    let open: { ranges: readonly CompiledRange[]; start: number } | undefined;
    let age: number | undefined;
    let preUnit: { unit: Unit; start: number } | undefined;
    for (let step = 0; step < 5; step++) {
      if (!isWord(tokens[position]) || !this.free(position)) break;
      if (!hedge) {
        const found = this.hedgeBefore(position);
        if (found) {
          hedge = { form: found.form, start: position };
          position = this.next(found.end);
          continue;
        }
      }
      if (each === undefined) {
        const found = matchPhrase(tokens, position, language.eachBefore, this.blocked);
        if (found) {
          each = position;
          position = this.next(found.end);
          continue;
        }
      }
      if (!open) {
        const found = matchPhrase(tokens, position, language.rangeOpen, this.blocked);
        if (found) {
          open = { ranges: found.entries, start: position };
          position = this.next(found.end);
          continue;
        }
      }
      if (age === undefined) {
        const found = matchPhrase(tokens, position, language.age, this.blocked);
        if (found) {
          age = position;
          position = this.next(found.end);
          continue;
        }
      }
      if (!preUnit) {
        // "yüzde 50": a unit word before the number, with no link word.
        const marked = matchPhrase(tokens, position, language.unitsBefore, this.blocked);
        const markedUnit = marked?.entries[0];
        if (marked && markedUnit !== undefined && this.next(marked.end) > marked.end) {
          preUnit = { unit: markedUnit, start: position };
          position = this.next(marked.end);
          continue;
        }
        const unit = this.unitAt(position);
        const link = unit ? this.next(unit.end) : -1;
        const linkToken = tokens[link];
        if (unit && isWord(linkToken) && this.free(link) && language.unitOf.has(linkToken.key)) {
          preUnit = { unit: unit.unit, start: position };
          position = this.next(link + 1);
          continue;
        }
      }
      break;
    }
    if (!this.free(position)) return undefined;
    const coreStart = position;
    const genitive = hedge ? this.genitiveScaleAt(position) : undefined;
    if (genitive) return this.readNumeral(coreStart, genitive, hedge, each, open, age, preUnit);
    const vague = isWord(tokens[position]) ? matchPhrase(tokens, position, language.vague, this.blocked) : undefined;
    if (vague) return this.readVague(coreStart, vague.end, vague.entries[0], hedge, each, preUnit, age);
    const numeral = this.numerals[position];
    if (!numeral?.canStart) return undefined;
    return this.readNumeral(coreStart, numeral, hedge, each, open, age, preUnit);
  }

  /**
   * "тысячи" in "более тысячи", "около тысячи": a genitive singular scale word that a hedge governs
   * is one of that scale, not the vague plural. Not when a number word follows ("более тысячи двухсот").
   */
  private genitiveScaleAt(position: number): Numeral | undefined {
    const token = this.tokens[position];
    if (!isWord(token) || !this.language.genitiveScales.has(token.key)) return undefined;
    const word = this.language.numberWords.get(token.key);
    if (word?.kind !== "scale") return undefined;
    const after = this.tokens[this.next(position + 1)];
    if (isWord(after) && this.language.numberWords.has(after.key)) return undefined;
    return {
      value: word.scale,
      end: position + 1,
      source: "words",
      rangeTo: undefined,
      yearLike: false,
      lone: true,
      suffix: undefined,
      plus: false,
      canStart: true,
    };
  }

  /**
   * Whether digits at `index` stand where an ordinal does: after an article or its contraction
   * ("der", "zum"), or after another ordinal and "und" or a comma ("der 3. und 4. Platz").
   */
  private ordinalContext(index: number): boolean {
    const tokens = this.tokens;
    let position = index - 1;
    if (tokens[position]?.kind === "space") position -= 1;
    const before = tokens[position];
    if (isWord(before) && this.language.ordinalBefore.has(before.key)) return true;
    if (before === undefined || !this.language.and.has(before.key)) return false;
    position -= 1;
    if (tokens[position]?.kind === "space") position -= 1;
    return tokens[position]?.key === "." && tokens[position - 1]?.kind === "digits";
  }

  /** Why two side words do not tell the sides apart, in words. */
  private sideProblem(first: SideWord, second: SideWord | undefined): string {
    const describe = (word: SideWord): string => {
      const text = JSON.stringify(
        this.text.slice(this.tokens[word.at]?.start ?? 0, this.tokens[word.end - 1]?.end ?? 0),
      );
      const sides = [...word.sides].map((side) => JSON.stringify(side)).join(", ");
      return word.sides.size === 1 ? `${text} names ${sides}` : `${text} names several sides (${sides})`;
    };
    if (second === undefined) return `${describe(first)} but no word after the second figure names a side`;
    const only = onlySide(first);
    if (only !== undefined && only === onlySide(second))
      return `both ${describe(first)} and ${describe(second)}, one side twice`;
    return `${describe(first)} and ${describe(second)}`;
  }

  private readVague(
    coreStart: number,
    vagueEnd: number,
    vague: { readonly min: number; readonly max: number } | undefined,
    hedge: { form: HedgeForm; start: number } | undefined,
    each: number | undefined,
    preUnit: { unit: Unit; start: number } | undefined,
    age: number | undefined,
  ): Figure | undefined {
    if (!vague) return undefined;
    let end = vagueEnd;
    const unit = this.unitAfterWords(this.next(end));
    if (unit) end = unit.end;
    let perSide = each !== undefined;
    const eachAfter = matchPhrase(this.tokens, this.next(end), this.language.eachAfter, this.blocked);
    if (eachAfter) {
      perSide = true;
      end = eachAfter.end;
    }
    const starts = [coreStart];
    if (hedge) starts.push(hedge.start);
    if (each !== undefined) starts.push(each);
    if (preUnit) starts.push(preUnit.start);
    if (age !== undefined) starts.push(age);
    // A bound before a vague range keeps its own side of it: "more than tens of thousands" is at
    // least 10,000, "up to several thousand" at most 9,999.
    const range = hedgedRange(vague, hedge?.form);
    const body = withUnit(range, preUnit?.unit ?? unit?.unit ?? (age === undefined ? undefined : "year"));
    return {
      kind: "value",
      start: Math.min(...starts),
      end,
      value: perSide ? { kind: "per-side", each: body } : { kind: "quantity", ...body },
    };
  }

  private readNumeral(
    coreStart: number,
    numeral: Numeral,
    preHedge: { form: HedgeForm; start: number } | undefined,
    each: number | undefined,
    open: { ranges: readonly CompiledRange[]; start: number } | undefined,
    age: number | undefined,
    preUnit: { unit: Unit; start: number } | undefined,
  ): Figure | undefined {
    const tokens = this.tokens;
    const language = this.language;
    let hedge = preHedge;
    let end = numeral.end;
    let unit: Unit | undefined;
    let suffix = numeral.suffix;
    let perSide = each !== undefined || (suffix !== undefined && language.eachSuffixes.has(suffix));
    const bare =
      hedge === undefined && each === undefined && preUnit === undefined && age === undefined && open === undefined;

    // "2025 року", "2025 года", "2025 yılında": a year, whatever follows.
    if (numeral.yearLike && bare && this.next(end) > end) {
      if (matchPhrase(tokens, this.next(end), language.yearAfter, this.blocked)) return { kind: "skip", end };
    }

    let reciprocal: ReciprocalFound | undefined;
    // Glued by a hyphen: "6,000-for-6,000", "18-year-old", "three-day"; otherwise an ordinal ("3-й").
    const hyphen = tokens[end];
    if (hyphen?.kind === "punct" && DASHES.has(hyphen.key) && isWord(tokens[end + 1]) && this.free(end + 1)) {
      const connector = matchPhrase(tokens, end + 1, language.reciprocal, this.blocked);
      const secondDash = connector ? tokens[connector.end] : undefined;
      const second = connector ? this.numeralAt(connector.end + 1) : undefined;
      if (connector && secondDash?.kind === "punct" && DASHES.has(secondDash.key) && second) {
        const unitAfter = this.unitAt(this.next(second.end));
        reciprocal = { second, end: unitAfter?.end ?? second.end, unit: unitAfter?.unit };
      } else {
        const glued = this.unitAt(end + 1);
        if (!glued) return { kind: "skip", end: end + 2 };
        unit = glued.unit;
        end = glued.end;
      }
    }
    // German and Turkish ordinals: "der 3. Runde", "3. tur"; or a sentence's last figure: "von 80.000. In Münster".
    const following = tokens[end + 2];
    if (
      language.table.ordinalDot &&
      numeral.source === "digits" &&
      numeral.rangeTo === undefined &&
      suffix === undefined &&
      tokens[end]?.key === "." &&
      isSoftSpace(tokens[end + 1]) &&
      isWord(following)
    ) {
      if (this.ordinalContext(coreStart) || !following.capitalised) return { kind: "skip", end: end + 1 };
      // Ordinals are small and written plain; a hedge, a range opener or a per-side word makes a count.
      if (bare && numeral.value < 1000 && numeral.end === coreStart + 1) {
        const written = tokens[coreStart]?.key ?? "";
        const word = this.text.slice(following.start, following.end);
        return {
          kind: "unread",
          start: coreStart,
          end: end + 1,
          code: "ambiguous_ordinal",
          message: `"${written}." before "${word}" may be an ordinal (as in "die 3. Liga") or a count that ends a sentence`,
        };
      }
    }
    // "two thirds", "drie kwart": fractions.
    if (numeral.source === "words" && unit === undefined && !reciprocal) {
      const following = tokens[this.next(end)];
      if (isWord(following) && language.fractionWords.has(following.key)) return { kind: "skip", end };
    }
    // "1,000 Ukrainians for 800 Russians": read before units, so that a side word is never one.
    if (unit === undefined && !reciprocal && numeral.rangeTo === undefined) {
      reciprocal = this.sideReciprocalAfter(end);
    }
    if (unit === undefined && !reciprocal) {
      const found = this.unitAt(this.next(end));
      if (found) {
        unit = found.unit;
        end = found.end;
        suffix = found.suffix ?? suffix;
      }
    }

    let range: { min: number; max: number } | undefined;
    let openUsed = false;
    if (!reciprocal && numeral.rangeTo !== undefined) {
      range = { min: numeral.value, max: numeral.rangeTo };
      openUsed = open !== undefined;
      const closer = matchPhrase(tokens, this.next(end), language.rangeClosers, this.blocked);
      if (closer) end = closer.end;
    } else if (!reciprocal) {
      const found = this.rangeAfter(end, numeral, open ? open.ranges : language.ranges);
      if (found && !(unit !== undefined && found.unit !== undefined && unit !== found.unit)) {
        range = { min: numeral.value, max: found.second.value };
        unit = unit ?? found.unit;
        end = found.end;
        openUsed = open !== undefined;
      }
    }
    if (!range && !reciprocal) {
      reciprocal = this.reciprocalAfter(end, unit, suffix);
    }
    if (reciprocal) {
      end = reciprocal.end;
      unit = unit ?? reciprocal.unit;
    }

    let value = numeral.value;
    // A duration in two parts: "1 uur en 45 minuten" is 105 minutes.
    if (!range && !reciprocal && unit !== undefined) {
      const factors = TIME_FACTORS[unit];
      if (factors) {
        let position = this.next(end);
        const join = tokens[position];
        if (join && language.and.has(join.key)) position = this.next(position + 1);
        const second = this.numeralAt(position);
        const secondUnit = second ? this.unitAt(this.next(second.end)) : undefined;
        const factor = secondUnit ? factors[secondUnit.unit] : undefined;
        if (second && secondUnit && factor !== undefined) {
          value = value * factor + second.value;
          unit = secondUnit.unit;
          end = secondUnit.end;
        }
      }
    }
    if (unit === undefined && !reciprocal) {
      const found = this.unitAfterWords(this.next(end));
      if (found) {
        unit = found.unit;
        end = found.end;
        suffix = found.suffix ?? suffix;
      }
    }

    const eachAfter = matchPhrase(tokens, this.next(end), language.eachAfter, this.blocked);
    if (eachAfter) {
      perSide = true;
      end = eachAfter.end;
    }
    // Hedges after the number: "or more", "civarında", "1.200'den fazla", "1.200'den çok daha fazla".
    if (!hedge) {
      const afterAt = this.next(end);
      const intensifier = matchPhrase(tokens, afterAt, language.intensifiers, this.blocked);
      const strengthened = intensifier
        ? matchPhrase(tokens, this.next(intensifier.end), language.hedgesAfter, this.blocked)
        : undefined;
      const after = strengthened ?? matchPhrase(tokens, afterAt, language.hedgesAfter, this.blocked);
      const entry = after?.entries.find(
        (candidate) =>
          candidate.suffixes === undefined ||
          (suffix !== undefined &&
            suffix !== "" &&
            (candidate.suffixes.includes("*") || candidate.suffixes.includes(suffix))),
      );
      if (after && entry && (!range || entry.form === "approx")) {
        hedge = { form: entry.form, start: coreStart };
        end = after.end;
        if (unit === undefined) {
          const found = this.unitAt(this.next(end));
          if (found) {
            unit = found.unit;
            end = found.end;
          }
        }
      }
    }
    if (!hedge && numeral.plus && !range) hedge = { form: "above", start: coreStart };

    // A year: "in 2025", "seit 2022"; a span of years: "2022-2025".
    if (numeral.yearLike && !range && !reciprocal && unit === undefined && bare && !perSide) {
      const before = tokens[coreStart - 2];
      if (tokens[coreStart - 1]?.kind === "space" && isWord(before) && language.yearBefore.has(before.key)) {
        return { kind: "skip", end };
      }
    }
    if (
      range &&
      unit === undefined &&
      preUnit === undefined &&
      age === undefined &&
      isYear(range.min) &&
      isYear(range.max)
    ) {
      if (numeral.yearLike || numeral.source === "digits") return { kind: "skip", end };
    }
    // "one of", "ein", "hundred" alone: words that are rarely a count on their own.
    if (
      numeral.source === "words" &&
      numeral.lone &&
      unit === undefined &&
      !hedge &&
      !perSide &&
      !range &&
      !reciprocal
    ) {
      return { kind: "skip", end };
    }

    const finalUnit = preUnit?.unit ?? unit ?? (age === undefined ? undefined : "year");
    const hedgeApplies = hedge !== undefined && (!range || hedge.form === "approx");
    const form = hedgeApplies ? hedge?.form : undefined;
    const starts = [coreStart];
    if (hedgeApplies && hedge) starts.push(hedge.start);
    if (each !== undefined) starts.push(each);
    if (open && openUsed) starts.push(open.start);
    if (age !== undefined) starts.push(age);
    if (preUnit) starts.push(preUnit.start);
    const start = Math.min(...starts);

    if (reciprocal) {
      const first = withUnit(hedged(value, form), finalUnit);
      const second = withUnit(hedged(reciprocal.second.value, form), finalUnit);
      if (value === reciprocal.second.value)
        return { kind: "value", start, end, value: { kind: "per-side", each: first } };
      const named = reciprocal.named;
      const firstSide = this.sides?.[0] ?? onlySide(named?.first);
      const secondSide = this.sides?.[1] ?? onlySide(named?.second);
      if (firstSide !== undefined && secondSide !== undefined && firstSide !== secondSide) {
        return {
          kind: "value",
          start,
          end,
          value: { kind: "per-side", bySide: { [firstSide]: first, [secondSide]: second } },
        };
      }
      const figures = `${formatNumber(value)} for ${formatNumber(reciprocal.second.value)} gives each side a different figure`;
      return {
        kind: "unread",
        start,
        end,
        code: "unequal_sides",
        message: named
          ? `${figures}, and ${this.sideProblem(named.first, named.second)}; pass sides: [first, second] to say whose figure comes first`
          : `${figures}; pass sides: [first, second] to say whose figure comes first, or sideNames naming the side after each figure`,
      };
    }
    let body: Body;
    if (range) {
      body = { min: range.min, max: range.max };
      if (form === "approx") body.approx = true;
    } else {
      body = hedged(value, form);
    }
    body = withUnit(body, finalUnit);
    return {
      kind: "value",
      start,
      end,
      value: perSide ? { kind: "per-side", each: body } : { kind: "quantity", ...body },
    };
  }
}

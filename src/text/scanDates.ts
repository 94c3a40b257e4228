import type { Language } from "./language.js";
import { matchPhrase, type PhraseMatch, skipSpace } from "./phraseTrie.js";
import type { Token } from "./tokenize.js";

/**
 * Dates as the text writes them: "16 May 2025", "May 16, 2025", "am 15. November",
 * "Donnerstag, den 1. Januar", "2 Haziran 2025", "15 листопада 2025 року", "23.05.2025",
 * "2025-05-16", a weekday alone ("on Monday", "am Samstagnachmittag"), "today", and a month with
 * its year ("February 2022"). A weekday beside its date is part of it: "Sunday, Jan. 21, 2024",
 * "Sonntag (21. Januar)", "21. Januar (Sonntag)", "21 Ocak 2024 Pazar". Times ("18:12") are left
 * to the number reader, which skips them.
 */

/** A date found in the tokens; token indices `[start, end)`. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly day: number | undefined;
  readonly month: number | undefined;
  readonly year: number | undefined;
  /** 0 = Monday … 6 = Sunday. */
  readonly weekday: number | undefined;
  /** 0 = today, -1 = yesterday. */
  readonly relative: 0 | -1 | undefined;
  readonly approx: boolean;
}

type Parts = Omit<DateMention, "start" | "end" | "approx">;

interface Found {
  readonly parts: Parts;
  readonly end: number;
}

const NONE: Parts = { day: undefined, month: undefined, year: undefined, weekday: undefined, relative: undefined };
const NUMERIC_SEPARATORS = new Set([".", "/", "-"]);
const CLUSTER_JOINS = new Set([".", ",", ":", "/", "-", "–"]);

class DateReader {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly language: Language,
    private readonly blocked: Uint8Array,
  ) {}

  private free(index: number): boolean {
    return index < this.tokens.length && this.blocked[index] !== 1;
  }

  /** A name from a trie (month, weekday), with English capitals and Turkish suffixes. */
  private name(index: number, trie: Language["months"]): PhraseMatch<number> | undefined {
    const token = this.tokens[index];
    if (token === undefined || token.kind !== "word" || !this.free(index)) return undefined;
    if (this.language.table.capitalisedDates && !token.capitalised) return undefined;
    const found = matchPhrase(this.tokens, index, trie, this.blocked);
    if (found) return found;
    if (this.language.locale !== "tr") return undefined;
    // Turkish: "Haziran'da", "haziranda", "Pazartesi'ye".
    const apostrophe = token.key.indexOf("'");
    const stem = apostrophe > 0 ? token.key.slice(0, apostrophe) : token.key;
    for (const [form, child] of trie.next) {
      if (child.entries.length === 0) continue;
      if (
        stem === form ||
        (apostrophe < 0 && stem.startsWith(form) && stem.length - form.length <= 4 && form.length >= 4)
      ) {
        return { entries: child.entries, end: index + 1 };
      }
    }
    return undefined;
  }

  private day(index: number): { day: number; end: number } | undefined {
    const token = this.tokens[index];
    if (token === undefined || token.kind !== "digits" || token.key.length > 2 || !this.free(index)) return undefined;
    const before = this.tokens[index - 1];
    if (before?.kind === "punct" && CLUSTER_JOINS.has(before.key) && this.tokens[index - 2]?.kind === "digits")
      return undefined;
    if (before?.kind === "word") return undefined;
    const day = Number(token.key);
    if (day < 1 || day > 31) return undefined;
    let end = index + 1;
    const after = this.tokens[end];
    if (after?.kind === "punct" && after.key === ".") {
      end += 1;
    } else if (after?.kind === "word") {
      if (!this.language.ordinalSuffixes.has(after.key)) return undefined;
      end += 1;
    } else if (after?.kind === "punct" && CLUSTER_JOINS.has(after.key) && this.tokens[end + 1]?.kind === "digits") {
      return undefined;
    }
    return { day, end };
  }

  private year(index: number): { year: number; end: number } | undefined {
    const token = this.tokens[index];
    if (token === undefined || token.kind !== "digits" || token.key.length !== 4 || !this.free(index)) return undefined;
    const year = Number(token.key);
    if (year < 1000 || year > 2999) return undefined;
    let end = index + 1;
    const after = this.tokens[end];
    if (after?.kind === "word") return undefined;
    if (after?.kind === "punct" && CLUSTER_JOINS.has(after.key) && this.tokens[end + 1]?.kind === "digits")
      return undefined;
    if (
      after?.kind === "punct" &&
      after.key === "'" &&
      this.tokens[end + 1]?.kind === "word" &&
      this.language.locale === "tr"
    ) {
      end += 2;
    }
    const word = matchPhrase(this.tokens, skipSpace(this.tokens, end), this.language.yearAfter, this.blocked);
    if (word && skipSpace(this.tokens, end) > end) end = word.end;
    return { year, end };
  }

  /** "16 May 2025", "15. November", "1st of May", "15 листопада". */
  private dayMonth(index: number): Found | undefined {
    const day = this.day(index);
    if (!day) return undefined;
    let position = skipSpace(this.tokens, day.end);
    if (this.language.locale === "en" && this.tokens[position]?.key === "of")
      position = skipSpace(this.tokens, position + 1);
    const month = this.name(position, this.language.months);
    if (!month) return undefined;
    const parts: Parts = { ...NONE, day: day.day, month: month.entries[0] };
    let next = month.end;
    if (this.tokens[next]?.key === ",") next += 1;
    const year = this.year(skipSpace(this.tokens, next));
    if (year) return { parts: { ...parts, year: year.year }, end: year.end };
    return { parts, end: month.end };
  }

  /** "May 16", "May 16, 2025", "February 2022". */
  private monthFirst(index: number): Found | undefined {
    const month = this.name(index, this.language.months);
    if (!month) return undefined;
    const position = skipSpace(this.tokens, month.end);
    if (this.language.table.monthFirst) {
      const day = this.day(position);
      if (day && this.tokens[day.end - 1]?.key !== ".") {
        const parts: Parts = { ...NONE, day: day.day, month: month.entries[0] };
        let next = day.end;
        if (this.tokens[next]?.key === ",") next += 1;
        const year = this.year(skipSpace(this.tokens, next));
        if (year) return { parts: { ...parts, year: year.year }, end: year.end };
        return { parts, end: day.end };
      }
    }
    const year = this.year(position);
    if (year) return { parts: { ...NONE, month: month.entries[0], year: year.year }, end: year.end };
    return undefined;
  }

  /** "23.05.2025", "16/05/2025", "2025-05-16", "2025-05", "15.11.". */
  private numeric(index: number): Found | undefined {
    const groups: string[] = [];
    const separators: string[] = [];
    let position = index;
    for (;;) {
      const token = this.tokens[position];
      if (token === undefined || token.kind !== "digits" || !this.free(position)) return undefined;
      groups.push(token.key);
      const separator = this.tokens[position + 1];
      if (
        separator?.kind === "punct" &&
        NUMERIC_SEPARATORS.has(separator.key) &&
        this.tokens[position + 2]?.kind === "digits"
      ) {
        separators.push(separator.key);
        position += 2;
        if (groups.length > 3) return undefined;
        continue;
      }
      break;
    }
    let end = position + 1;
    const before = this.tokens[index - 1];
    if (
      before?.kind === "word" ||
      (before?.kind === "punct" && (CLUSTER_JOINS.has(before.key) || before.key === "+"))
    ) {
      return undefined;
    }
    if (this.tokens[end]?.kind === "word") return undefined;
    const [a = "", b = "", c = ""] = groups;
    const sameSeparators = separators.every((separator) => separator === separators[0]);
    if (!sameSeparators) return undefined;
    const separator = separators[0];
    const make = (day: number, month: number, year: number | undefined): Found | undefined => {
      if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
      return { parts: { ...NONE, day, month, year }, end };
    };
    if (groups.length === 3) {
      if (separator === "-" && a.length === 4 && b.length === 2 && c.length === 2)
        return make(Number(c), Number(b), Number(a));
      if (a.length > 2 || b.length > 2 || (c.length !== 4 && c.length !== 2)) return undefined;
      const year = c.length === 2 ? 2000 + Number(c) : Number(c);
      if (this.tokens[end]?.key === "." && this.tokens[end + 1]?.kind !== "digits") end += 1;
      if (separator === "/" && this.language.locale === "en" && Number(b) > 12 && Number(a) <= 12) {
        return make(Number(b), Number(a), year);
      }
      return separator === "-" ? undefined : make(Number(a), Number(b), year);
    }
    if (groups.length === 2) {
      if (separator === "-" && a.length === 4 && b.length === 2) {
        const month = Number(b);
        if (month < 1 || month > 12) return undefined;
        return { parts: { ...NONE, month, year: Number(a) }, end };
      }
      // "15.11." with its closing dot, outside English.
      if (separator === "." && a.length <= 2 && b.length <= 2 && this.language.locale !== "en") {
        const dot = this.tokens[end];
        if (dot?.kind === "punct" && dot.key === "." && this.tokens[end + 1]?.kind !== "digits") {
          end += 1;
          return make(Number(a), Number(b), undefined);
        }
      }
    }
    return undefined;
  }

  /** A weekday's name, alone or with a part of the day written onto it ("Samstagnachmittag", "zaterdagavond"). */
  private weekdayName(index: number): PhraseMatch<number> | undefined {
    const found = this.name(index, this.language.weekdays);
    if (found || this.language.dayParts.size === 0) return found;
    const token = this.tokens[index];
    if (token === undefined || token.kind !== "word" || !this.free(index)) return undefined;
    for (const [form, child] of this.language.weekdays.next) {
      if (
        child.entries.length > 0 &&
        token.key.startsWith(form) &&
        this.language.dayParts.has(token.key.slice(form.length))
      ) {
        return { entries: child.entries, end: index + 1 };
      }
    }
    return undefined;
  }

  /** A day with a month, in any of the language's orders, starting at `index`. */
  private dayOfMonth(index: number): Found | undefined {
    const found = this.dayMonth(index) ?? this.numeric(index) ?? this.monthFirst(index);
    return found?.parts.day === undefined ? undefined : found;
  }

  /** "Sunday, Jan. 21, 2024", "Donnerstag, den 1. Januar", "Sonntag (21. Januar)", "on Monday". */
  private weekday(index: number): Found | undefined {
    const weekday = this.weekdayName(index);
    if (!weekday) return undefined;
    let position = weekday.end;
    if (this.tokens[position]?.key === ",") position += 1;
    position = skipSpace(this.tokens, position);
    const bracket = this.tokens[position]?.key === "(";
    if (bracket) position = skipSpace(this.tokens, position + 1);
    const filler = this.tokens[position];
    if (filler !== undefined && filler.kind === "word" && this.language.dateFillers.has(filler.key)) {
      position = skipSpace(this.tokens, position + 1);
    }
    const date = this.dayOfMonth(position);
    if (date) {
      const closing = skipSpace(this.tokens, date.end);
      const end = bracket && this.tokens[closing]?.key === ")" ? closing + 1 : date.end;
      if (!bracket || end > date.end) return { parts: { ...date.parts, weekday: weekday.entries[0] }, end };
    }
    return { parts: { ...NONE, weekday: weekday.entries[0] }, end: weekday.end };
  }

  /** A weekday after the date it names: "21. Januar (Sonntag)", "21 Ocak 2024 Pazar". */
  private weekdayAfter(date: Found): Found {
    if (date.parts.day === undefined || date.parts.weekday !== undefined) return date;
    const position = skipSpace(this.tokens, date.end);
    if (this.tokens[position]?.key === "(") {
      const weekday = this.weekdayName(skipSpace(this.tokens, position + 1));
      const closing = weekday ? skipSpace(this.tokens, weekday.end) : -1;
      if (weekday && this.tokens[closing]?.key === ")")
        return { parts: { ...date.parts, weekday: weekday.entries[0] }, end: closing + 1 };
    } else if (this.language.table.weekdayAfterDate && position > date.end) {
      const weekday = this.weekdayName(position);
      if (weekday) return { parts: { ...date.parts, weekday: weekday.entries[0] }, end: weekday.end };
    }
    return date;
  }

  /** The date starting at `index`, if any. */
  at(index: number): Found | undefined {
    const token = this.tokens[index];
    if (token === undefined || !this.free(index)) return undefined;
    if (token.kind === "digits") {
      const date = this.numeric(index) ?? this.dayMonth(index);
      return date && this.weekdayAfter(date);
    }
    if (token.kind !== "word") return undefined;
    if (this.language.today.has(token.key)) return { parts: { ...NONE, relative: 0 }, end: index + 1 };
    if (this.language.yesterday.has(token.key)) return { parts: { ...NONE, relative: -1 }, end: index + 1 };
    const weekday = this.weekday(index);
    if (weekday) return weekday;
    const date = this.monthFirst(index);
    return date && this.weekdayAfter(date);
  }
}

/**
 * Finds every date in the tokens, left to right, without overlaps; an approximate hedge just
 * before a date ("around 16 May") marks it `approx`.
 *
 * @param tokens - The text's tokens.
 * @param language - The language's tables.
 * @param blocked - Tokens already read as something else; the dates found are marked here too.
 * @returns The dates.
 * @example
 * const tokens = tokenize("am 15. November", "de");
 * scanDates(tokens, german, new Uint8Array(tokens.length)).map((date) => [date.day, date.month]); // => [[15, 11]]
 */
export function scanDates(tokens: readonly Token[], language: Language, blocked: Uint8Array): DateMention[] {
  const reader = new DateReader(tokens, language, blocked);
  const mentions: DateMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined || token.kind === "space" || token.kind === "punct" || blocked[index] === 1) {
      index += 1;
      continue;
    }
    let start = index;
    let approx = false;
    let found = reader.at(index);
    if (!found && token.kind === "word") {
      const hedge = matchPhrase(tokens, index, language.hedgesBefore, blocked);
      if (hedge?.entries.some((entry) => entry.form === "approx")) {
        const dated = reader.at(skipSpace(tokens, hedge.end));
        if (dated && dated.parts.day !== undefined) {
          found = dated;
          approx = true;
        }
      }
    }
    if (!found) {
      index += 1;
      continue;
    }
    if (approx) start = index;
    mentions.push({ start, end: found.end, approx, ...found.parts });
    blocked.fill(1, start, found.end);
    index = found.end;
  }
  return mentions;
}

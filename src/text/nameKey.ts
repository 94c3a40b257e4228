/**
 * A coarse spelling key for people's names across languages and scripts, so that the forms
 * sources write for one person meet: Umerov, Umjerow (German), Oemerov (Dutch), Umierov, Умєров,
 * Умеров all give "umerov".
 *
 * Steps:
 * 1. Case and diacritics: compatibility decomposition, combining marks dropped, upper- then
 *    lower-cased ("Çırağan" → "ciragan", "ß" → "ss", "ł" → "l", "ı" → "i").
 * 2. Cyrillic romanised letter by letter (Ukrainian and Russian share one table: г → h, и → y,
 *    є → ie, х → kh, ц → ts, ч → ch, ш → sh, щ → shch, ю → iu, я → ia, soft and hard signs dropped).
 * 3. Words split at anything but letters and digits; apostrophes dropped ("п'ять", "O'Brien").
 * 4. Spellings folded, longest first: schtsch/sjtsj/szcz/shch → sh; tsch/tsj/cz/ch/kh → h;
 *    sch/sj/sz/zh → sh; dsch/dzh/dzj → i; tz → s; then c → k, g → h, j/y → i, w → v, z → s,
 *    x → ks, q → k. (Dutch "zj" for Ж is not folded: German "Kyslyzja" needs z + ja.)
 * 5. Neighbours merged: kh → h, ph → f, ts → s, oe → u ("Oemerov", "Poetin"), doubled letters
 *    once ("Zelenskyy"), and an i between a consonant (or the word's start) and a vowel dropped
 *    ("Umierov", "Umjerow" → "umerov"; "Kostiukov" → "kostukov").
 *
 * The key is lossy on purpose (Ч, Х and Г all become "h"); it separates the names concord keeps
 * apart (Zelenskyy ≠ Zelenska, Peskov ≠ Peskova, Medinsky ≠ Medvedev, Umerov ≠ Umarov), and a key
 * shared by two actors is the caller's to report as ambiguous.
 */

const MARKS = /\p{M}/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const APOSTROPHES = new Set(["'", "’", "ʼ", "`", "´", "ʹ"]);

const LETTERS: Readonly<Record<string, string>> = {
  // Latin letters that do not decompose.
  ı: "i",
  ł: "l",
  ø: "o",
  æ: "ae",
  œ: "oe",
  đ: "d",
  ð: "d",
  þ: "th",
  ħ: "h",
  ß: "ss",
  // Cyrillic, after marks are dropped (й → и, ї → і, ё → е, ў → у).
  а: "a",
  б: "b",
  в: "v",
  г: "h",
  ґ: "g",
  д: "d",
  е: "e",
  є: "ie",
  ж: "zh",
  з: "z",
  и: "y",
  і: "i",
  ї: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ь: "",
  ъ: "",
  ы: "y",
  э: "e",
  ю: "iu",
  я: "ia",
  ё: "e",
  ў: "u",
};

/** Spelling rules on a word, longest first; every rule's input holds a c, j or z, which no output holds. */
const SPELLINGS: readonly (readonly [string, string])[] = [
  ["schtsch", "sh"],
  ["sjtsj", "sh"],
  ["szcz", "sh"],
  ["shch", "sh"],
  ["tsch", "h"],
  ["dsch", "i"],
  ["dzh", "i"],
  ["dzj", "i"],
  ["tsj", "h"],
  ["sch", "sh"],
  ["cz", "h"],
  ["ch", "h"],
  ["zh", "sh"],
  ["sz", "sh"],
  ["sj", "sh"],
  ["tz", "s"],
];

const SINGLES: Readonly<Record<string, string>> = { c: "k", g: "h", j: "i", y: "i", w: "v", z: "s", x: "ks", q: "k" };

/** Neighbouring letters that merge into one. */
const MERGES: Readonly<Record<string, string>> = { kh: "h", ph: "f", ts: "s", oe: "u" };

function isLatin(char: string | undefined): boolean {
  return char !== undefined && char.length === 1 && char >= "a" && char <= "z";
}

function isVowel(char: string | undefined): boolean {
  return char === "a" || char === "e" || char === "i" || char === "o" || char === "u";
}

function isConsonant(char: string | undefined): boolean {
  return isLatin(char) && !isVowel(char);
}

/** Pushes a letter, merging it with those before it until nothing merges. */
function push(stack: string[], letter: string): void {
  let char = letter;
  for (;;) {
    const top = stack[stack.length - 1];
    if (isLatin(top) && isLatin(char)) {
      const merged = top === char ? char : MERGES[`${top}${char}`];
      if (merged !== undefined) {
        stack.pop();
        char = merged;
        continue;
      }
    }
    if (top === "i" && isVowel(char) && char !== "i") {
      const below = stack[stack.length - 2];
      if (below === undefined || isConsonant(below)) {
        stack.pop();
        continue;
      }
    }
    break;
  }
  stack.push(char);
}

function foldWord(word: string): string {
  const stack: string[] = [];
  let index = 0;
  outer: while (index < word.length) {
    for (const [from, to] of SPELLINGS) {
      if (word.startsWith(from, index)) {
        for (const char of to) push(stack, char);
        index += from.length;
        continue outer;
      }
    }
    const char = word.charAt(index);
    const code = word.charCodeAt(index);
    // Keep a surrogate pair together.
    const whole = code >= 0xd800 && code <= 0xdbff && index + 1 < word.length ? word.slice(index, index + 2) : char;
    const single = SINGLES[whole];
    if (single !== undefined) for (const letter of single) push(stack, letter);
    else push(stack, whole);
    index += whole.length;
  }
  return stack.join("");
}

function fold(text: string): string {
  return text.normalize("NFKD").replace(MARKS, "");
}

/**
 * The key names are matched on across languages and scripts.
 *
 * @param name - A name as a source writes it, in any script.
 * @returns A lower-case key; words separated by one space. `nameKey(nameKey(x)) === nameKey(x)`.
 * @example
 * nameKey("Umjerow"); // => "umerov"
 * nameKey("Умєров"); // => "umerov"
 * nameKey("Зеленський") === nameKey("Selenskyj"); // => true
 * nameKey("Zelenska") === nameKey("Zelenskyy"); // => false
 */
export function nameKey(name: string): string {
  const cased = fold(fold(fold(String(name)).toUpperCase()).toLowerCase());
  const words: string[] = [];
  let word = "";
  for (const char of cased) {
    if (APOSTROPHES.has(char)) continue;
    if (LETTER_OR_DIGIT.test(char)) {
      word += LETTERS[char] ?? char;
      continue;
    }
    if (word !== "") words.push(word);
    word = "";
  }
  if (word !== "") words.push(word);
  const keys: string[] = [];
  for (const part of words) {
    const key = foldWord(part);
    if (key !== "") keys.push(key);
  }
  return keys.join(" ");
}

import { describe, expect, test } from "vitest";
import { nameKey } from "../../src/text/index.js";

/** Names that must share a key: the spellings the reference articles and Ukrainian and Russian outlets use. */
const same: readonly (readonly string[])[] = [
  ["Umerov", "Umjerow", "Oemerov", "Umierov", "Umerow", "Умєров", "Умеров", "UMEROV"],
  ["Zelenskyy", "Selenskyj", "Zelenski", "Zelensky", "Zelenskiy", "Zełenski", "Зеленський", "Зеленский"],
  ["Medinsky", "Medinskiy", "Medinskij", "Мединский", "Мединський"],
  ["Putin", "Poetin", "Путін", "Путин"],
  ["Galuzin", "Галузин", "Haluzin"],
  ["Mikhail Galuzin", "Michail Galuzin", "Михаил Галузин"],
  ["Volodymyr Zelenskyy", "Wolodymyr Selenskyj", "Володимир Зеленський"],
  ["Kostyukov", "Kostjukow", "Kostiukov", "Костюков"],
  ["Kyslytsya", "Kyslyzja", "Кислиця"],
  ["Yermak", "Jermak", "Єрмак", "Ермак"],
  ["Oleh", "Oleg", "Олег"],
  ["Çırağan", "Ciragan", "CIRAĞAN"],
  ["Hakan Fidan", "  hakan   FIDAN "],
  ["Budanov", "Budanow", "Буданов"],
];

/** Different people stay apart. */
const apart: readonly (readonly [string, string])[] = [
  ["Zelenskyy", "Zelenska"],
  ["Зеленський", "Зеленська"],
  ["Peskov", "Peskova"],
  ["Medinsky", "Medvedev"],
  ["Umerov", "Umarov"],
  ["Putin", "Peskov"],
];

describe("nameKey", () => {
  test.each(same)("%s and its spellings share a key", (...names) => {
    const keys = new Set(names.map(nameKey));
    expect([...keys]).toHaveLength(1);
  });

  test.each(apart)("%s ≠ %s", (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  test("keys are plain: lower-case Latin, one space between words", () => {
    expect(nameKey("Umjerow")).toBe("umerov");
    expect(nameKey("Зеленський")).toBe("selenski");
    expect(nameKey("Rustem  Umerov")).toBe("rustem umerov");
    expect(nameKey("O'Brien-Smith")).toBe("obren smith");
    expect(nameKey("")).toBe("");
  });
});

// Reading speed of concord's text readers, in MB/s: 1 MB of real article text (the quotes of the
// Istanbul example, repeated) and 1 MB of adversarial text (long runs of digits, separators,
// spaces and hedge words), per language. Run after `npm run build`: node bench/text.mjs
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findQuantities, readDate } from "../dist/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const MB = 1 << 20;
const corpus = JSON.parse(readFileSync(join(here, "..", "examples", "istanbul-2025", "corpus.json"), "utf8"));
const languageOf = new Map(corpus.sources.map((source) => [source.id, source.language]));

function fill(pieces) {
  let text = "";
  for (let i = 0; text.length < MB; i++) text += `${pieces[i % pieces.length]} `;
  return text.slice(0, MB);
}

const articles = fill(corpus.claims.filter((claim) => claim.quote).map((claim) => claim.quote));
const adversarial = {
  en: fill([
    "1,2,3,4,5,6,7,8,9,0",
    "about about about",
    "1 1 1 1 1 1",
    "999,999,999,999,999,999",
    "between between and and",
    "1-for-1-for-1-for",
    "tens of tens of",
  ]),
  de: fill([
    "1.2.3.4.5.6.7.8.9",
    "rund etwa rund etwa",
    "1 000 000 000 000",
    "zwischen zwischen und",
    "je je je je",
    "1. 2. 3. 4.",
  ]),
  ru: fill([
    "1 2 3 4 5 6 7 8 9 0",
    "около около около",
    "десятки десятки тысяч тысяч",
    "по по по 1 1 1",
    "от от до до",
  ]),
};

function speed(label, run) {
  run(); // warm-up
  const rounds = 3;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) run();
  const seconds = (performance.now() - start) / 1000 / rounds;
  return { label, seconds, mbPerSecond: 1 / seconds };
}

const rows = [];
for (const language of ["en", "de", "nl", "ru", "uk", "tr"]) {
  rows.push(speed(`findQuantities · article text · ${language}`, () => findQuantities(articles, { language })));
}
for (const [language, text] of Object.entries(adversarial)) {
  rows.push(speed(`findQuantities · adversarial · ${language}`, () => findQuantities(text, { language })));
  rows.push(speed(`readDate · adversarial · ${language}`, () => readDate(text, { language, reference: "2026-01-01" })));
}
// Linear in the text: 10× the input should take about 10× the time.
const tenth = adversarial.en.slice(0, MB / 10);
const small = speed("0.1 MB", () => findQuantities(tenth, { language: "en" }));
const large = speed("1 MB", () => findQuantities(adversarial.en, { language: "en" }));

console.log(
  `Text readers, 1 MB inputs (${[...new Set(languageOf.values())].join(", ")} quotes; Node ${process.version})\n`,
);
console.log("| input | MB/s |\n| --- | --: |");
for (const row of rows) console.log(`| ${row.label} | ${row.mbPerSecond.toFixed(1)} |`);
console.log(
  `\nAdversarial English, 0.1 MB → 1 MB: time grows ${(large.seconds / small.seconds).toFixed(1)}× for 10× the text.`,
);

import { marked, type Token, type Tokens } from "marked";

/** Stands for a `<br>` between the claims of one position. */
export const BREAK = "\u2028";

/** Whitespace as a reader sees it: runs collapsed, ends trimmed. */
export function normal(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The text a reader sees in inline tokens. Throws on any markup the renderer does not write
 * itself (user text turned into code or HTML; emphasis outside the verdict lines), so a test
 * fails on it.
 */
export function plain(tokens: readonly Token[], emphasis = false): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case "text":
          return "tokens" in token && token.tokens ? plain(token.tokens, emphasis) : (token as Tokens.Text).text;
        case "escape":
          return (token as Tokens.Escape).text;
        case "link":
          return plain((token as Tokens.Link).tokens);
        case "html":
          if ((token as Tokens.HTML).text === "<br>") return BREAK;
          throw new Error(`unexpected HTML ${JSON.stringify(token.raw)}`);
        case "strong":
        case "em":
          if (emphasis) return plain((token as Tokens.Strong | Tokens.Em).tokens);
          throw new Error(`unexpected ${token.type} ${JSON.stringify(token.raw)}`);
        default:
          throw new Error(`unexpected ${token.type} ${JSON.stringify(token.raw)}`);
      }
    })
    .join("");
}

/** One proposition as the lexer sees it: the heading, its tables, and the verdict lines. */
export interface Section {
  readonly heading: string;
  readonly depth: number;
  readonly tables: Tokens.Table[];
  readonly verdict: string[];
}

/** Splits Markdown at its headings; throws on a block the renderer does not write. */
export function sections(markdown: string): { sections: Section[]; after: string[] } {
  const found: Section[] = [];
  const before: string[] = [];
  for (const token of marked.lexer(markdown)) {
    const current = found[found.length - 1];
    switch (token.type) {
      case "heading":
        found.push({
          heading: plain(token.tokens ?? []),
          depth: (token as Tokens.Heading).depth,
          tables: [],
          verdict: [],
        });
        break;
      case "table":
        if (!current) throw new Error("a table before any heading");
        current.tables.push(token as Tokens.Table);
        break;
      case "paragraph":
        (current?.verdict ?? before).push(plain((token as Tokens.Paragraph).tokens, true));
        break;
      case "list":
        for (const item of (token as Tokens.List).items) current?.verdict.push(plain(item.tokens, true));
        break;
      case "space":
        break;
      default:
        throw new Error(`unexpected block ${token.type} ${JSON.stringify(token.raw)}`);
    }
  }
  // The note on claims left out by asOf follows the last section.
  const last = found[found.length - 1];
  return { sections: found, after: last ? last.verdict.filter((line) => line.includes("left out")) : before };
}

/** A table's header and rows as plain cell text. */
export function cells(table: Tokens.Table): { header: string[]; rows: string[][] } {
  return {
    header: table.header.map((cell) => plain(cell.tokens)),
    rows: table.rows.map((row) => row.map((cell) => plain(cell.tokens))),
  };
}

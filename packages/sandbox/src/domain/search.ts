/** Folds text for searching: no accents, no case, words separated by single spaces. */
export function searchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A LIKE pattern that matches `folded` literally (with `ESCAPE '\'`). */
export function likeLiteral(folded: string): string {
  return folded.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Turns a search box's text into a PostgreSQL tsquery (for to_tsquery('simple', …)) where every word
 * must match as a prefix: "mayo clin" → "mayo:* & clin:*". Only letters and digits survive, so the
 * result can never be a malformed query. Returns null when nothing searchable is left.
 */
export function prefixTsQuery(text: string, maxWords = 8): string | null {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, maxWords)
    .map((w) => w.slice(0, 60));
  return words.length > 0 ? words.map((w) => `${w}:*`).join(' & ') : null;
}

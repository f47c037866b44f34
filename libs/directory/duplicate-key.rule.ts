// Words that say what kind of organization it is rather than which one: "Springfield General
// Hospital" and "The Springfield General Hospital, Inc." are the same organization.
const FILLER = new Set([
  'the', 'of', 'and', 'for', 'at', 'in', 'a', 'an', 'inc', 'llc', 'ltd', 'plc', 'co', 'corp', 'corporation', 'company',
  'foundation', 'hospital', 'hospitals', 'health', 'healthcare', 'medical', 'center', 'centre', 'clinic', 'system',
  'university', 'de', 'la', 'el', 'der', 'die', 'du', 'des',
]);

/**
 * A name key for spotting likely duplicates: lower case, accents and punctuation dropped, "&" read as
 * "and", filler words removed, remaining words sorted. Falls back to all words when only filler is left.
 */
export function duplicateNameKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const meaningful = words.filter((w) => !FILLER.has(w));
  return (meaningful.length > 0 ? meaningful : words).sort().join(' ');
}

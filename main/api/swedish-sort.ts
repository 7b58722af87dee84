/**
 * The Swedish sort key, one definition for SQL and TypeScript: lower-cased, accented letters
 * folded to their base letter as Swedish collation treats them (é → e, ó → o, ü → y, ś → s …),
 * and å, ä, ö (with æ, ę → ä and ø, ô, ő, œ → ö) moved after z in that order. SQLite's lower()
 * only knows A–Z, so upper-case accented letters are folded explicitly. The triggers that keep
 * `participant_identities.sort_name` (migration 0014) are generated from this list, and a test
 * checks the order against Intl.Collator('sv-SE').
 */
const groups: readonly [to: string, letters: string][] = [
  ['{', 'åÅ'],
  ['|', 'äÄæÆęĘ'],
  ['}', 'öÖøØôÔőŐœŒ'],
  ['a', 'áÁàÀâÂãÃāĀąĄ'],
  ['c', 'ćĆčČçÇ'],
  ['d', 'đĐðÐďĎ'],
  ['e', 'éÉèÈêÊëËēĒěĚėĖ'],
  ['g', 'ğĞ'],
  ['i', 'íÍìÌîÎïÏīĪ'],
  ['l', 'łŁľĽ'],
  ['n', 'ńŃñÑňŇ'],
  ['o', 'óÓòÒõÕōŌ'],
  ['r', 'řŘ'],
  ['s', 'śŚšŠşŞ'],
  ['ss', 'ß'],
  ['t', 'ťŤţŢ'],
  ['u', 'úÚùÙûÛūŪůŮ'],
  ['y', 'üÜűŰýÝÿŸ'],
  ['z', 'źŹżŻžŽ'],
];

/** Each folded character and what it becomes, in the order the replacements are applied. */
export const swedishFolds: readonly [from: string, to: string][] = groups.flatMap(([to, letters]) =>
  [...letters].map((from) => [from, to] as [string, string]),
);

/** The key in TypeScript, exactly as the SQL below computes it. */
export function swedishSortKey(text: string): string {
  let key = text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  for (const [from, to] of swedishFolds) key = key.split(from).join(to);
  return key;
}

/** The key as SQL text around an expression (for triggers and generated migrations). */
export function swedishSortKeySql(expression: string): string {
  return swedishFolds.reduce(
    (inner, [from, to]) => `replace(${inner}, '${from}', '${to}')`,
    `lower(${expression})`,
  );
}

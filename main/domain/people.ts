/**
 * How a participant is written: initials, name or pseudonym. Shared by the backend (agenda
 * participants) and the renderer (lists, review, print). Pure; the words come from the caller.
 */

/** "Anna Åberg" → "A. Å." (first letter of each part, Swedish upper case; empty parts dropped). */
export function initialsOf(firstName: string, lastName: string): string {
  return [firstName, lastName]
    .map((part) => part.trim().charAt(0).toLocaleUpperCase('sv-SE'))
    .filter(Boolean)
    .map((letter) => `${letter}.`)
    .join(' ');
}

/** The name, or the initials on paper and in presentation mode. */
export type LabelStyle = 'name' | 'initials';

/** The words a label needs, from the caller's translation catalog. */
export interface LabelWords {
  /** The pseudonym text for a participant code ("Deltagare P-00012"). */
  pseudonym: (code: string) => string;
  /** The text for a participant that is not known at all. */
  unknown: string;
}

/**
 * A participant's label: the name (or initials) when the caller may see the identity, the
 * pseudonym whenever it is withheld (protected identity, no access, no name on record).
 */
export function participantLabel(
  participant: { name: string | null; initials?: string | null; code: string } | null,
  style: LabelStyle,
  words: LabelWords,
): string {
  if (!participant) return words.unknown;
  const text = style === 'name' ? participant.name : (participant.initials ?? null);
  return text ?? words.pseudonym(participant.code);
}

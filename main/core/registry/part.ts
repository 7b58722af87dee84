import type { Registry } from '../router';

/**
 * The entries of one domain. `satisfies RegistryPart` checks each entry against its procedure
 * (names, scopes, handlers) while keeping the exact set of names, which `combineParts` needs.
 */
export type RegistryPart = Partial<Registry>;

type Parts = readonly RegistryPart[];

/** Procedure names that appear in more than one part. */
export type DefinedTwice<P extends Parts, Seen extends PropertyKey = never> = P extends readonly [
  infer Head extends RegistryPart,
  ...infer Rest extends Parts,
]
  ? (keyof Head & Seen) | DefinedTwice<Rest, Seen | keyof Head>
  : never;

type Combined<P extends Parts> = P extends readonly [infer Head, ...infer Rest extends Parts]
  ? Head & Combined<Rest>
  : unknown;

/**
 * All parts in one object. If a procedure is in two parts the result is not a registry at all
 * but `{ definedTwice: <its names> }`, so assigning it to `Registry` fails and names them; a
 * procedure in no part fails the same assignment as a missing property.
 */
export function combineParts<const P extends Parts>(
  ...parts: P
): [DefinedTwice<P>] extends [never] ? Combined<P> : { definedTwice: DefinedTwice<P> } {
  return Object.assign({}, ...parts);
}

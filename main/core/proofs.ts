import type {
  ManyProof,
  MeetingProof,
  OptionalParticipantProof,
  ParticipantProof,
} from '../services/context';

/*
 * The only place proofs of access are made. Services receive them from the router and cannot
 * import this module (layering rule); the casts below are the only ones the lint rule allows.
 */

export function mintParticipant(
  participantId: number,
  level: ParticipantProof['level'],
  identityVisible: boolean,
): ParticipantProof {
  // eslint-disable-next-line no-restricted-syntax -- the router's mint: the one place a proof is made
  return Object.freeze({ participantId, level, identityVisible }) as unknown as ParticipantProof;
}

export function mintOptionalParticipant(participant: ParticipantProof | null): OptionalParticipantProof {
  // eslint-disable-next-line no-restricted-syntax -- the router's mint: the one place a proof is made
  return Object.freeze({ participant }) as unknown as OptionalParticipantProof;
}

export function mintMeeting(meetingId: number): MeetingProof {
  // eslint-disable-next-line no-restricted-syntax -- the router's mint: the one place a proof is made
  return Object.freeze({ meetingId }) as unknown as MeetingProof;
}

export function mintMany(): ManyProof {
  // eslint-disable-next-line no-restricted-syntax -- the router's mint: the one place a proof is made
  return Object.freeze({}) as unknown as ManyProof;
}

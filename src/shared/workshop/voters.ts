import type { WorkshopVote } from '../model/entities';

/** A name as the room types it: case, and spaces around and between words, do not matter. */
function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

/** Whether two typed names are the same participant (»Anne « and »anne« are). */
export function sameParticipant(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

export interface Voter {
  /** The name as it was first written. */
  participant: string;
  /** The dots the participant has given, over all cards. */
  dots: number;
  /** On how many cards. */
  cards: number;
}

/**
 * Who has voted, in the order they first did, for the facilitator's view while the votes are
 * hidden: names and how many dots each has used, not where they went. A total the facilitator
 * entered for the room (no participant) is nobody's vote.
 */
export function whoHasVoted(votes: readonly Pick<WorkshopVote, 'participant' | 'dots'>[]): Voter[] {
  const voters = new Map<string, Voter>();
  for (const { participant, dots } of votes) {
    if (participant === null) continue;
    const key = nameKey(participant);
    const voter = voters.get(key);
    if (voter) {
      voter.dots += dots;
      voter.cards += 1;
    } else {
      voters.set(key, { participant: participant.trim(), dots, cards: 1 });
    }
  }
  return [...voters.values()];
}

/**
 * Those who have given more dots than `allowance`, in the order they first voted: an allowance
 * lowered below what they gave would leave their votes over it, counted in full or cut.
 */
export function votersOver(
  votes: readonly Pick<WorkshopVote, 'participant' | 'dots'>[],
  allowance: number,
): Voter[] {
  return whoHasVoted(votes).filter((voter) => voter.dots > allowance);
}

import type { LocalizedText } from './localized-text';

// What the program says when a workshop's cards and votes break a rule that spans rows: how many
// dots a participant has, whose card a vote is on, what a card has already become.

const dots = (n: number): LocalizedText => ({
  da: `${n} ${n === 1 ? 'prik' : 'prikker'}`,
  en: `${n} ${n === 1 ? 'dot' : 'dots'}`,
});

export const workshopMessages = {
  voteOverAllowance: (allowance: number): LocalizedText => ({
    da: `Hver deltager har ${dots(allowance).da} i denne workshop, så der kan højst gives ${dots(allowance).da} på ét kort.`,
    en: `Each participant has ${dots(allowance).en} in this workshop, so at most ${dots(allowance).en} can go on one card.`,
  }),
  voteSpent: (participant: string, used: number, allowance: number): LocalizedText => {
    const left = Math.max(0, allowance - used);
    return {
      da: `${participant} har allerede givet ${dots(used).da} af sine ${allowance} og kan højst give ${dots(left).da} mere.`,
      en: `${participant} has already given ${dots(used).en} of their ${allowance} and can give at most ${dots(left).en} more.`,
    };
  },
  voteTwice: (participant: string): LocalizedText => ({
    da: `${participant} har allerede stemt på dette kort. Ret antallet af prikker på den stemme i stedet.`,
    en: `${participant} has already voted for this card. Change the number of dots on that vote instead.`,
  }),
  voteOtherWorkshop: {
    da: 'Kortet hører til en anden workshop end stemmen.',
    en: 'The card belongs to another workshop than the vote.',
  } satisfies LocalizedText,
  cardMoved: {
    da: 'Et kort kan ikke flyttes til en anden workshop. Skriv det som et nyt kort i den anden workshop.',
    en: 'A card cannot be moved to another workshop. Write it as a new card in the other workshop.',
  } satisfies LocalizedText,
  cardNeedsKind: {
    da: 'Kortet er en idé. Vælg, om det skal overføres til planen som baggrund, kompetence, princip eller indsats.',
    en: 'The card is an idea. Choose whether it goes into the plan as a driver, a competence, a principle or an activity.',
  } satisfies LocalizedText,
  votesHidden: {
    da: 'Stemmerne er ikke vist endnu. Vis stemmerne for rummet, før rangordningen skrives ind i planen.',
    en: 'The votes have not been shown yet. Show the votes to the room before the ranking is written into the plan.',
  } satisfies LocalizedText,
  nothingPromoted: {
    da: 'Ingen af de prioriterede baggrunde og kompetencer fra workshoppen er overført til planen endnu. Overfør kortene til planen først; så kan deres prioritet sættes efter afstemningen.',
    en: 'None of the workshop’s ranked drivers and competences are in the plan yet. Move the cards into the plan first; their priority can then be set from the vote.',
  } satisfies LocalizedText,
};

// Kept apart from the document's schemas: the window needs this map at start-up, and importing it
// from document.ts built every entity schema before the first screen could be drawn.

/** Where each entity kind lives in the document. */
export const collectionOf = {
  member: 'members',
  targetGroup: 'targetGroups',
  driver: 'drivers',
  competence: 'competences',
  method: 'methods',
  activity: 'activities',
  measurement: 'measurements',
  yearItem: 'yearItems',
  statusSnapshot: 'statusSnapshots',
  evaluation: 'evaluations',
  workshop: 'workshops',
  workshopCard: 'workshopCards',
  workshopVote: 'workshopVotes',
} as const;

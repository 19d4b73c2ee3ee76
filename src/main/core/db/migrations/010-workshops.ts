import type { Migration } from './migration';

const isDate = (col: string) =>
  `(${col} IS NULL OR (length(${col}) = 10 AND date(${col}) = ${col}))`;
const isBool = (col: string) => `(${col} IN (0, 1))`;
const isStep = (col: string) => `(${col} IS NULL OR length(${col}) BETWEEN 1 AND 64)`;
const isSeconds = (col: string) => `(${col} BETWEEN 0 AND 86400)`;
const gridLevel = (col: string) => `(${col} IS NULL OR ${col} IN ('high', 'low'))`;
const cardKinds = `'driver', 'competence', 'principle', 'activity', 'idea'`;
const promotedKinds = `'driver', 'competence', 'principle', 'activity'`;

/**
 * Schema version 10: workshops (issue 15). A workshop the committee or a team holds, the cards
 * written in it and the dots given to them, as ordinary entities: so an interrupted workshop
 * continues where it stopped, and undo, the change log, merge, salvage and the JSON format carry
 * them like every other row. Only new tables: the rows of a version 9 file, and their checksums,
 * stay as they were.
 *
 * A card's `promoted_id` names a driver, a competence or an activity, so it references no one
 * table; it is a note of what the card became, kept apart from `promoted_kind` by no rule, since
 * a merge may take one from each copy. Rules that need the other rows (a participant's
 * dots within the workshop's allowance) are the service's, not the file's: two copies merged may
 * each hold votes within it that together exceed it, and the plan must still open.
 */
export const migration010: Migration = {
  version: 10,
  up: (db) => {
    db.exec(`
      CREATE TABLE workshop (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('su', 'team')),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        held_on TEXT NOT NULL CHECK ${isDate('held_on')},
        target_group_id TEXT REFERENCES target_group (id),
        current_step_id TEXT CHECK ${isStep('current_step_id')},
        dots_per_participant INTEGER NOT NULL CHECK (dots_per_participant BETWEEN 1 AND 20),
        votes_revealed INTEGER NOT NULL CHECK ${isBool('votes_revealed')},
        timer_step_id TEXT CHECK ${isStep('timer_step_id')},
        timer_seconds REAL NOT NULL CHECK ${isSeconds('timer_seconds')},
        timer_running_since TEXT,
        timer_elapsed_seconds REAL NOT NULL CHECK ${isSeconds('timer_elapsed_seconds')},
        ended_at TEXT,
        updated_at TEXT NOT NULL,
        checksum TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX workshop_order ON workshop (position, id);
      CREATE INDEX workshop_target_group ON workshop (target_group_id);

      CREATE TABLE workshop_card (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL,
        workshop_id TEXT NOT NULL REFERENCES workshop (id),
        step_id TEXT NOT NULL CHECK ${isStep('step_id')},
        kind TEXT NOT NULL CHECK (kind IN (${cardKinds})),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        parked INTEGER NOT NULL CHECK ${isBool('parked')},
        impact TEXT CHECK ${gridLevel('impact')},
        effort TEXT CHECK ${gridLevel('effort')},
        promoted_kind TEXT CHECK (promoted_kind IS NULL OR promoted_kind IN (${promotedKinds})),
        promoted_id TEXT,
        updated_at TEXT NOT NULL,
        checksum TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX workshop_card_order ON workshop_card (position, id);
      CREATE INDEX workshop_card_workshop ON workshop_card (workshop_id);

      CREATE TABLE workshop_vote (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL,
        workshop_id TEXT NOT NULL REFERENCES workshop (id),
        card_id TEXT NOT NULL REFERENCES workshop_card (id),
        participant TEXT CHECK (participant IS NULL OR length(trim(participant)) > 0),
        dots INTEGER NOT NULL CHECK (dots >= 0),
        updated_at TEXT NOT NULL,
        checksum TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX workshop_vote_order ON workshop_vote (position, id);
      CREATE INDEX workshop_vote_workshop ON workshop_vote (workshop_id);
      CREATE INDEX workshop_vote_card ON workshop_vote (card_id);
    `);
  },
};

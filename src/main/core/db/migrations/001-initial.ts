import type { Migration } from './migration';

const planStatuses = `'draft', 'discussed', 'adopted', 'active', 'evaluated'`;
const roles = `'management', 'employee-rep', 'hr', 'union-rep', 'other'`;
const activityStatuses = `'idea', 'planned', 'in-progress', 'done', 'cancelled'`;
const effectLinks = `'carried-out', 'learned', 'applied', 'behaviour', 'short-term-result', 'long-term-effect'`;
const isDate = (col: string) =>
  `(${col} IS NULL OR (length(${col}) = 10 AND date(${col}) = ${col}))`;
const isTextList = (col: string) => `(json_valid(${col}) AND json_type(${col}) = 'array')`;

/**
 * Schema version 1: the whole model of DESIGN.md. Links are tables of their own so that two
 * copies of a plan can later be merged link by link. `ON DELETE` is left at its default
 * (refuse): the services remove dependent rows themselves, so every removal enters the undo log.
 */
export const migration001: Migration = {
  version: 1,
  up: (db) => {
    db.exec(`
      CREATE TABLE plan (
        id TEXT PRIMARY KEY NOT NULL,
        singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        organisation TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        period_start TEXT CHECK ${isDate('period_start')},
        period_end TEXT CHECK ${isDate('period_end')},
        purpose TEXT NOT NULL DEFAULT '',
        principles TEXT NOT NULL DEFAULT '[]' CHECK ${isTextList('principles')},
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN (${planStatuses})),
        decision_date TEXT CHECK ${isDate('decision_date')},
        language TEXT NOT NULL DEFAULT 'da' CHECK (language IN ('da', 'en')),
        updated_at TEXT NOT NULL,
        CHECK (period_start IS NULL OR period_end IS NULL OR period_end >= period_start)
      ) STRICT;

      CREATE TABLE member (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        role TEXT NOT NULL CHECK (role IN (${roles})),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE target_group (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        headcount INTEGER CHECK (headcount IS NULL OR headcount >= 0),
        description TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE driver (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL,
        catalog_key TEXT,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE competence (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL,
        catalog_key TEXT,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
        current_level INTEGER CHECK (current_level IS NULL OR current_level BETWEEN 1 AND 5),
        target_level INTEGER CHECK (target_level IS NULL OR target_level BETWEEN 1 AND 5),
        learning_objectives TEXT NOT NULL DEFAULT '[]' CHECK ${isTextList('learning_objectives')},
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE method (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL,
        catalog_key TEXT,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE activity (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        owner_id TEXT REFERENCES member (id),
        start_date TEXT CHECK ${isDate('start_date')},
        end_date TEXT CHECK ${isDate('end_date')},
        status TEXT NOT NULL CHECK (status IN (${activityStatuses})),
        progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
        budget REAL NOT NULL CHECK (budget >= 0),
        spent REAL NOT NULL CHECK (spent >= 0),
        funding TEXT NOT NULL DEFAULT '',
        participants_planned INTEGER NOT NULL CHECK (participants_planned >= 0),
        participants_reached INTEGER NOT NULL CHECK (participants_reached >= 0),
        updated_at TEXT NOT NULL,
        CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
      ) STRICT;
      CREATE INDEX activity_owner ON activity (owner_id);

      CREATE TABLE measurement (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL,
        competence_id TEXT NOT NULL REFERENCES competence (id),
        target_group_id TEXT REFERENCES target_group (id),
        date TEXT NOT NULL CHECK ${isDate('date')},
        kind TEXT NOT NULL CHECK (kind IN ('baseline', 'follow-up')),
        level REAL CHECK (level IS NULL OR level BETWEEN 1 AND 5),
        respondents INTEGER CHECK (respondents IS NULL OR respondents >= 0),
        note TEXT NOT NULL DEFAULT '',
        effect_link TEXT NOT NULL DEFAULT 'learned' CHECK (effect_link IN (${effectLinks})),
        indicator TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX measurement_competence ON measurement (competence_id);
      CREATE INDEX measurement_target_group ON measurement (target_group_id);

      CREATE TABLE competence_driver (
        competence_id TEXT NOT NULL REFERENCES competence (id),
        driver_id TEXT NOT NULL REFERENCES driver (id),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (competence_id, driver_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX competence_driver_driver ON competence_driver (driver_id);

      CREATE TABLE competence_target_group (
        competence_id TEXT NOT NULL REFERENCES competence (id),
        target_group_id TEXT NOT NULL REFERENCES target_group (id),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (competence_id, target_group_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX competence_target_group_target_group ON competence_target_group (target_group_id);

      CREATE TABLE competence_method (
        competence_id TEXT NOT NULL REFERENCES competence (id),
        method_id TEXT NOT NULL REFERENCES method (id),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (competence_id, method_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX competence_method_method ON competence_method (method_id);

      CREATE TABLE activity_competence (
        activity_id TEXT NOT NULL REFERENCES activity (id),
        competence_id TEXT NOT NULL REFERENCES competence (id),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (activity_id, competence_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX activity_competence_competence ON activity_competence (competence_id);

      CREATE TABLE activity_method (
        activity_id TEXT NOT NULL REFERENCES activity (id),
        method_id TEXT NOT NULL REFERENCES method (id),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (activity_id, method_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX activity_method_method ON activity_method (method_id);

      CREATE TABLE activity_target_group (
        activity_id TEXT NOT NULL REFERENCES activity (id),
        target_group_id TEXT NOT NULL REFERENCES target_group (id),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (activity_id, target_group_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX activity_target_group_target_group ON activity_target_group (target_group_id);

      -- Undo and redo live in the file so that a restart (or a colleague) can still undo.
      CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        stack TEXT NOT NULL CHECK (stack IN ('undo', 'redo')),
        label TEXT NOT NULL,
        changes TEXT NOT NULL CHECK (json_valid(changes)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX history_stack ON history (stack, id);
    `);
  },
};

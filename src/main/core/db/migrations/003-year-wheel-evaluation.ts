import type { Migration } from './migration';

const isDate = (col: string) =>
  `(${col} IS NULL OR (length(${col}) = 10 AND date(${col}) = ${col}))`;
const isObject = (col: string) =>
  `(${col} IS NULL OR (json_valid(${col}) AND json_type(${col}) = 'object'))`;
const isTextList = (col: string) => `(json_valid(${col}) AND json_type(${col}) = 'array')`;
const wheelKinds = `'su-meeting', 'mus-round', 'budget', 'measurement-round', 'annual-evaluation', 'fund-deadline', 'other'`;
const wheelOwners = `'committee', 'management', 'employee-rep', 'hr', 'union-rep', 'other'`;
const emptyStatusDates = `'{"draft":null,"discussed":null,"adopted":null,"active":null,"evaluated":null}'`;

/**
 * Schema version 3: the committee's year. The årshjul's items (with links to the activities and
 * measurements they concern), the status snapshots marked at meetings, the annual evaluations
 * (§ 8, stk. 2) with their frozen figures, when the plan reached each status, the committee's
 * own copy of the fund's rules, and an activity's application to the fund.
 *
 * New columns get defaults, so the rows of a version 2 file stay valid as they are: the program's
 * own fund rules, no application, and of the status dates only the one the file tells (an
 * adopted plan's decision date), as an imported JSON file of that age gets. One evaluation a year is the
 * service's rule, not the file's: two copies merged may each hold one, and the committee must
 * then be able to open the plan and delete one.
 */
export const migration003: Migration = {
  version: 3,
  up: (db) => {
    db.exec(`
      ALTER TABLE plan ADD COLUMN status_dates TEXT NOT NULL DEFAULT ${emptyStatusDates}
        CHECK (json_valid(status_dates) AND json_type(status_dates) = 'object');
      ALTER TABLE plan ADD COLUMN funding_rules TEXT CHECK ${isObject('funding_rules')};
      ALTER TABLE activity ADD COLUMN funding_application TEXT
        CHECK ${isObject('funding_application')};

      -- The one status date an older file tells: an adopted plan's decision date.
      UPDATE plan SET status_dates = json_object(
        'draft', NULL, 'discussed', NULL,
        'adopted', CASE WHEN status IN ('adopted', 'active', 'evaluated') THEN decision_date END,
        'active', NULL, 'evaluated', NULL);

      CREATE TABLE year_item (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL,
        month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN (${wheelKinds})),
        owner_role TEXT CHECK (owner_role IS NULL OR owner_role IN (${wheelOwners})),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE status_snapshot (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL,
        date TEXT NOT NULL CHECK ${isDate('date')},
        note TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL CHECK (json_valid(data) AND json_type(data) = 'object'),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE evaluation (
        id TEXT PRIMARY KEY NOT NULL,
        position INTEGER NOT NULL,
        year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
        period_start TEXT NOT NULL CHECK ${isDate('period_start')},
        period_end TEXT NOT NULL CHECK ${isDate('period_end')},
        figures TEXT CHECK ${isObject('figures')},
        mus_follow_up TEXT NOT NULL DEFAULT '',
        conclusions TEXT NOT NULL DEFAULT '',
        decisions TEXT NOT NULL DEFAULT '[]' CHECK ${isTextList('decisions')},
        completed_at TEXT CHECK ${isDate('completed_at')},
        updated_at TEXT NOT NULL,
        CHECK (period_end >= period_start)
      ) STRICT;
      CREATE INDEX evaluation_year ON evaluation (year);

      CREATE TABLE year_item_activity (
        year_item_id TEXT NOT NULL REFERENCES year_item (id),
        activity_id TEXT NOT NULL REFERENCES activity (id),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (year_item_id, activity_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX year_item_activity_activity ON year_item_activity (activity_id);

      CREATE TABLE year_item_measurement (
        year_item_id TEXT NOT NULL REFERENCES year_item (id),
        measurement_id TEXT NOT NULL REFERENCES measurement (id),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (year_item_id, measurement_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX year_item_measurement_measurement ON year_item_measurement (measurement_id);
    `);
  },
};

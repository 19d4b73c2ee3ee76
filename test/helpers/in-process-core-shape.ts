import type { ApiClient, CallInput, CallOutput, PlanSnapshot } from '../../src/shared/api';
import type { ApiCall } from '../../src/shared/api-names';
import type { PlanDocument } from '../../src/shared/model/document';
import type { Result } from '../../src/shared/result';

/**
 * What `in-process-core.ts` offers, written apart from it without Node's types, so that the
 * renderer's tests (type-checked as a web page) can use the real core typed.
 */

/**
 * What can happen to a real plan file on its way to a user (see `hostile-files.ts` and
 * `tampered-files.ts`).
 */
export type Spoiling =
  | 'truncated'
  | 'newer'
  | 'trigger'
  | 'extra-table'
  | 'changed-outside'
  | 'changed-outside-against-rules'
  | 'stray-journal'
  | 'interrupted';

/** Someone on another machine with another copy of Omstil. */
export interface Colleague {
  user: string;
  machine: string;
  /** How long ago they opened the plan; a lock older than 12 hours looks abandoned. */
  hoursAgo?: number;
}

export interface CoreOptions {
  /**
   * The plan open as the test starts: the document written as a plan file and opened, or the
   * program's example plan made as "Åbn eksempelplan" makes it. Left out, no plan is open.
   */
  plan?: PlanDocument | 'example';
  /** The plan file's name in the test's documents folder. */
  fileName?: string;
  /** Someone else had the plan open before the test opened it, so it opens read-only. */
  heldBy?: Colleague;
  /**
   * The desktop shell: native file dialogs (answered from `dialogAnswers`) and the system's file
   * opener (recorded in `openedFiles`). Left out, the host is the browser harness's.
   */
  desktop?: boolean;
  /** The core's clock starts here and moves a second per reading. */
  now?: string;
}

export type CallLog = { [C in ApiCall]?: CallInput<C>[] };
export type AnswerLog = { [C in ApiCall]?: Result<CallOutput<C>>[] };

export interface InProcessCore {
  /** The renderer's client, over a transport that hands each call to the real dispatch as JSON. */
  api: ApiClient;
  /**
   * A client for setting the scene before the screen is shown: the user's earlier work on the
   * plan. Its calls are not logged, and one that is refused throws, since a scene that cannot be
   * set is a broken test rather than a finding.
   */
  scene: ApiClient;
  /** Every call the client made, by name, with its input as the caller gave it. */
  calls: CallLog;
  /** The answer to each of those calls, in the same order. */
  answers: AnswerLog;
  /**
   * Answers given by the test instead of the core, for states the core cannot be brought into:
   * a transport that fails, an answer that comes only when the test says. Set them as needed.
   */
  standIns: Partial<ApiClient>;
  /** The user's documents folder, where plans are made and copies suggested. */
  folder: string;
  /** The plan's file, whether or not it exists yet. */
  path: string;
  /** A path in the documents folder. */
  at: (name: string) => string;
  /** The open plan as its file holds it now. */
  doc: () => PlanDocument;
  /** The open plan as `getPlan` answers it, without being logged: for a test's setting up. */
  snapshot: () => Promise<PlanSnapshot | null>;
  /** What the native file dialog answers next, one per question; cancelled once used up. */
  dialogAnswers: (string | null)[];
  /** The files handed to the system's file opener. */
  openedFiles: string[];
  /** Writes `doc` as a plan file in the documents folder, without opening it; returns its path. */
  writePlan: (name: string, doc: PlanDocument) => string;
  /** Writes a file that is not a plan (one in the way of a new file, say); returns its path. */
  writeFile: (name: string, text: string) => string;
  /** Spoils a plan file in place (see `hostile-files.ts`). */
  spoil: (path: string, how: Spoiling) => void;
  /** Removes a file, as when a shared drive loses it. */
  removeFile: (path: string) => void;
  /** Another window of the program opened `path` and closed it again: it is on the recent list. */
  remember: (path: string) => Promise<void>;
  /**
   * A colleague opens `path` (the plan by default) in their copy of Omstil and keeps it open: a
   * lock left looking abandoned is taken over, and with `force` any lock (as "Overtag" does).
   */
  colleagueOpens: (who: Colleague, options?: { path?: string; force?: boolean }) => void;
  /**
   * A colleague's copy of Omstil opens `path`, makes the edits `work` asks of its own client
   * (through the same contract), and closes it again; the ids it makes are its own. As with
   * `scene`, a call of theirs that is refused throws.
   */
  colleagueEdits: (path: string, work: (api: ApiClient) => Promise<unknown>) => Promise<void>;
  /** Closes everything and removes the folder. */
  dispose: () => void;
}

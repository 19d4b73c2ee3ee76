import type { PlanView } from '../../store';

/** What the help can be about: one of the plan's screens, or the guided start on top of them. */
export type HelpTopic = PlanView | 'guide';

/** The topics where a level on the 1–5 scale is entered or read, so the help shows the scale. */
const WITH_LEVELS = new Set<HelpTopic>(['competences', 'measurements', 'effect', 'guide']);

export const showsLevels = (topic: HelpTopic): boolean => WITH_LEVELS.has(topic);

export const HELP_PANEL_ID = 'help-panel';

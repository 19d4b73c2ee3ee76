import { basename } from 'node:path';
import { errors, OmstilError, type FieldIssue } from '../../../shared/errors';
import { entityLabels } from '../../../shared/i18n/entity-labels';
import type { PlanDocument } from '../../../shared/model/document';
import { surveyFigures, type SurveyTable } from '../../../shared/survey/survey-figures';
import { surveyMessages } from '../../../shared/survey/survey-messages';
import type {
  SurveyFile,
  SurveyImportReport,
  SurveyMapping,
  SurveyPreview,
} from '../../../shared/survey/survey-schemas';
import { readDocument } from '../repositories/document-reader';
import { insertEntity } from '../services/entity-service';
import type { PlanSession } from '../services/plan-session';
import { describeSurvey } from './survey-columns';
import { readSurveyTable } from './read-survey-table';

// Survey results taken into the plan as group-level figures (issue 17). The export is read each
// time from its file and never kept: what reaches the plan file is, per competence and target
// group, the mean level, the answers per step and the number of respondents, as measurements.

/** The label the import's undo step carries: one step for every measurement it adds. */
export const IMPORT_SURVEY_LABEL = 'import-survey:measurement';

/** The survey file's columns and respondents, for the dialog to map. */
export async function readSurvey(session: PlanSession, sourcePath: string): Promise<SurveyFile> {
  const table = await readSurveyTable(sourcePath);
  const doc = session.document();
  return describeSurvey(basename(sourcePath), table, doc.plan, doc.targetGroups);
}

/** The figures the mapping gives, and the groups refused, without writing anything. */
export async function previewSurvey(
  session: PlanSession,
  sourcePath: string,
  mapping: SurveyMapping,
): Promise<SurveyPreview> {
  const table = await readSurveyTable(sourcePath);
  return figuresOf(table, mapping, session.document());
}

/**
 * Adds the figures the mapping gives from `table` (read with `readSurveyTable`) as measurements,
 * as one undo step; a group refused for its size is left out. Refused when no group has
 * respondents enough.
 */
export function importSurvey(
  session: PlanSession,
  table: SurveyTable,
  mapping: SurveyMapping,
): SurveyImportReport {
  return session.edit(IMPORT_SURVEY_LABEL, (writer, now) => {
    const preview = figuresOf(table, mapping, readDocument(writer.db, 'summaries'));
    if (preview.figures.length === 0)
      refuse('questions', 'survey-nothing-kept', surveyMessages.nothingKept);
    for (const f of preview.figures) {
      insertEntity(
        writer,
        'measurement',
        session.env.newId(),
        {
          competenceId: f.competenceId,
          targetGroupId: f.targetGroupId,
          date: mapping.date,
          kind: mapping.kind,
          level: f.level,
          respondents: f.respondents,
          distribution: f.distribution,
        },
        now,
      );
    }
    return { imported: preview.figures.length, refused: preview.refused.length };
  });
}

function figuresOf(
  table: SurveyTable,
  mapping: SurveyMapping,
  doc: Pick<PlanDocument, 'plan' | 'competences' | 'targetGroups'>,
): SurveyPreview {
  checkMapping(table, mapping, doc);
  return surveyFigures(table, mapping, doc.plan, doc.targetGroups);
}

function refuse(path: string, rule: string, message: FieldIssue['message']): never {
  throw new OmstilError(errors.invalidInput([{ path, rule, message }]));
}

/** The mapping names columns the file has, and competences and a target group the plan has. */
function checkMapping(
  table: SurveyTable,
  mapping: SurveyMapping,
  doc: Pick<PlanDocument, 'competences' | 'targetGroups'>,
): void {
  const inFile = (column: number) => column < table.headers.length;
  const competences = new Set(doc.competences.map((c) => c.id));
  mapping.questions.forEach((q, i) => {
    if (!inFile(q.column))
      refuse(`questions.${i}.column`, 'survey-column', surveyMessages.noColumn);
    if (!competences.has(q.competenceId)) {
      throw new OmstilError(errors.entityNotFound(entityLabels.competence, q.competenceId));
    }
  });
  const { group } = mapping;
  if (group.by === 'column') {
    if (!inFile(group.column)) refuse('group.column', 'survey-column', surveyMessages.noColumn);
    if (mapping.questions.some((q) => q.column === group.column)) {
      refuse('group.column', 'survey-group-question', surveyMessages.groupIsQuestion);
    }
  } else if (
    group.targetGroupId !== null &&
    !doc.targetGroups.some((g) => g.id === group.targetGroupId)
  ) {
    throw new OmstilError(errors.entityNotFound(entityLabels.targetGroup, group.targetGroupId));
  }
}

import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../../shared/model/document';
import type { Competence } from '../../../../shared/model/entities';
import { LevelMeaning } from '../../../components/level/LevelMeaning';
import { NotSet } from '../../../components/NotSet';
import { useFormat } from '../../../i18n/use-format';
import { ReadOnlyText } from './ReadOnlyText';

/** A competence in a plan opened read-only: every field as text, links by name. */
export function CompetenceReadOnly({
  competence,
  doc,
}: {
  competence: Competence;
  doc: WindowDocument;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = (ids: readonly string[], rows: readonly { id: string; name: string }[]) => {
    const found = ids
      .map((id) => rows.find((row) => row.id === id)?.name)
      .filter((name): name is string => name !== undefined);
    return found.length > 0 ? format.list(found) : t('common.none');
  };
  const titled = (rows: readonly { id: string; title: string }[]) =>
    rows.map((row) => ({ id: row.id, name: row.title }));
  const level = (value: number | null) =>
    value === null ? (
      <NotSet />
    ) : (
      <>
        {format.number(value)}
        <LevelMeaning level={value} />
      </>
    );
  return (
    <>
      <ReadOnlyText label={t('matching.edit.description')}>
        {competence.description || <NotSet />}
      </ReadOnlyText>
      <ReadOnlyText label={t('matching.edit.currentLevel')}>
        {level(competence.currentLevel)}
      </ReadOnlyText>
      <ReadOnlyText label={t('matching.edit.targetLevel')}>
        {level(competence.targetLevel)}
      </ReadOnlyText>
      <ReadOnlyText label={t('matching.edit.drivers')}>
        {names(competence.driverIds, titled(doc.drivers))}
      </ReadOnlyText>
      <ReadOnlyText label={t('matching.edit.targetGroups')}>
        {names(competence.targetGroupIds, doc.targetGroups)}
      </ReadOnlyText>
      <ReadOnlyText label={t('matching.edit.methods')}>
        {names(competence.methodIds, titled(doc.methods))}
      </ReadOnlyText>
      <ReadOnlyText label={t('matching.edit.learningObjectives')}>
        {competence.learningObjectives.length > 0 ? (
          <ul className="objectives">
            {competence.learningObjectives.map((objective, i) => (
              <li key={i}>{objective}</li>
            ))}
          </ul>
        ) : (
          <NotSet />
        )}
      </ReadOnlyText>
    </>
  );
}

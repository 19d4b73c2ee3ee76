import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/model/entities';
import type { MemberRole } from '../../../../shared/model/enums';
import { EditableSelect, EditableText } from '../../../components/fields';
import { fieldKey, useAppStore } from '../../../store';
import { AddForm } from '../common/AddForm';
import { enumOptions } from '../common/options';
import { RowActions } from '../common/RowActions';
import { useListEditing } from '../common/use-list-editing';

/** The committee's members and roles: the only people the plan names. */
export function MembersEditor({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  const createEntity = useAppStore((s) => s.createEntity);
  const updateEntity = useAppStore((s) => s.updateEntity);
  const addRef = useRef<HTMLInputElement>(null);
  const roleId = useId();
  const [newRole, setNewRole] = useState<MemberRole>('management');
  const roles = enumOptions(t).memberRole;
  const list = useListEditing({
    kind: 'member',
    rows: members,
    nameOf: (m) => m.name,
    fallbackFocus: () => addRef.current,
  });

  return (
    <section className="plan-block" aria-labelledby="overview-members-heading">
      <h3 id="overview-members-heading">{t('planner.overview.membersHeading')}</h3>
      <p className="block-hint">{t('planner.overview.membersHint')}</p>
      {members.length === 0 ? (
        <p className="empty-text">{t('planner.members.empty')}</p>
      ) : (
        <ol className="planner-rows no-max-width" aria-label={t('planner.members.listLabel')}>
          {members.map((member, index) => (
            <li key={member.id} data-row className="planner-row" onKeyDown={list.rowKeys(member)}>
              <div
                className="member-row"
                role="group"
                aria-label={member.name || t('planner.members.member', { number: index + 1 })}
              >
                <EditableText
                  label={t('planner.members.name')}
                  value={member.name}
                  required
                  errorKey={fieldKey('member', member.id, 'name')}
                  onCommit={(name) =>
                    updateEntity({ entity: 'member', id: member.id, patch: { name } })
                  }
                />
                <EditableSelect
                  label={t('planner.members.role')}
                  value={member.role}
                  options={roles}
                  errorKey={fieldKey('member', member.id, 'role')}
                  onCommit={(role) =>
                    updateEntity({ entity: 'member', id: member.id, patch: { role } })
                  }
                />
                <RowActions
                  name={member.name}
                  index={index}
                  count={members.length}
                  onMove={(by) => list.move(member, by)}
                  onDelete={() => void list.remove(member, document.activeElement)}
                />
              </div>
            </li>
          ))}
        </ol>
      )}
      <p className="sr-only" aria-live="polite">
        {list.announcement}
      </p>
      <AddForm
        heading={t('planner.members.addHeading')}
        nameLabel={t('planner.members.newName')}
        submitLabel={t('planner.members.add')}
        inputRef={addRef}
        onAdd={async (name) =>
          (await createEntity({ entity: 'member', values: { name, role: newRole } })) !== null
        }
      >
        <div className="form-group">
          <label className="form-label" htmlFor={roleId}>
            {t('planner.members.newRole')}
          </label>
          <select
            id={roleId}
            className="form-select"
            value={newRole}
            onChange={(e) => setNewRole(e.target.value as MemberRole)}
          >
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
      </AddForm>
    </section>
  );
}

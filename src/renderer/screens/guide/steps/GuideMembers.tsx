import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/model/entities';
import type { MemberRole } from '../../../../shared/model/enums';
import { useAppStore } from '../../../store';
import { enumOptions } from '../../planner/common/options';

/**
 * The committee's members, asked for with the plan: they are the owners the activities get later.
 * Each is saved as it is added, and only with a name. Not a form of its own: the step is one, and
 * Enter in the name adds the member instead of moving on.
 */
export function GuideMembers({ members }: { members: readonly Member[] }) {
  const { t } = useTranslation();
  const id = useId();
  const createEntity = useAppStore((s) => s.createEntity);
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<MemberRole>('management');
  const [missing, setMissing] = useState(false);
  const [adding, setAdding] = useState(false);
  const roles = enumOptions(t).memberRole;
  const roleLabel = (value: MemberRole) => roles.find((r) => r.value === value)?.label ?? value;

  const add = async () => {
    if (adding) return;
    if (name.trim() === '') {
      setMissing(true);
      nameRef.current?.focus();
      return;
    }
    setAdding(true);
    const made = await createEntity({ entity: 'member', values: { name: name.trim(), role } });
    setAdding(false);
    if (made === null) return;
    setName('');
    nameRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void add();
  };

  return (
    <section className="guide-members" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="guide-subheading">
        {t('guide.plan.membersHeading')}
      </h3>
      <p className="guide-note" id={`${id}-hint`}>
        {t('guide.plan.membersHint')}
      </p>
      {members.length > 0 && (
        <ul className="guide-member-list" aria-label={t('guide.plan.membersListLabel')}>
          {members.map((member) => (
            <li key={member.id}>
              {member.name} <span className="guide-member-role">({roleLabel(member.role)})</span>
            </li>
          ))}
        </ul>
      )}
      <div className="guide-member-add">
        <div className={missing ? 'form-group form-error' : 'form-group'}>
          <label className="form-label" htmlFor={`${id}-name`}>
            {t('guide.plan.memberName')}
          </label>
          {missing && (
            <span id={`${id}-error`} className="form-error-message" role="alert">
              {t('guide.plan.memberNameRequired')}
            </span>
          )}
          <input
            ref={nameRef}
            id={`${id}-name`}
            type="text"
            className="form-input"
            value={name}
            maxLength={200}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${id}-error` : `${id}-hint`}
            data-uncommitted={name !== '' || undefined}
            onKeyDown={onKeyDown}
            onChange={(event) => {
              setName(event.target.value);
              setMissing(false);
            }}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-role`}>
            {t('guide.plan.memberRole')}
          </label>
          <select
            id={`${id}-role`}
            className="form-select"
            value={role}
            onChange={(event) => setRole(event.target.value as MemberRole)}
          >
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button-secondary" onClick={() => void add()}>
          {t('guide.plan.addMember')}
        </button>
      </div>
    </section>
  );
}

import { useId } from 'react';
import { EditableNumber, type EditableNumberProps } from '../fields';
import { LevelMeaning } from './LevelMeaning';

/**
 * A level on the plan's 1–5 scale, with what the entered level means in this plan right below it
 * (and read out with the field). `step` 0.1 for a measured average.
 */
export function LevelInput(props: Omit<EditableNumberProps, 'min' | 'max' | 'describedBy'>) {
  const meaningId = useId();
  return (
    <div className="level-input">
      <EditableNumber
        {...props}
        min={1}
        max={5}
        describedBy={props.value === null ? undefined : meaningId}
      />
      <LevelMeaning id={meaningId} level={props.value} />
    </div>
  );
}

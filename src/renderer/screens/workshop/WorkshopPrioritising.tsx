import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowDocument } from '../../../shared/model/document';
import type { Workshop } from '../../../shared/model/entities';
import type { WorkshopStep } from '../../../shared/workshop/formats';
import { DotVoting } from './DotVoting';
import { ImpactEffortGrid } from './ImpactEffortGrid';
import { gridIn, votesIn } from './prioritising';
import './workshop-votes.css';

/**
 * The room's prioritising in the steps that have it: the dot vote and its ranking, and the
 * impact/effort grid behind »Vis som 2×2«, which takes the vote's place while it is shown.
 */
export function WorkshopPrioritising({
  doc,
  workshop,
  step,
}: {
  doc: WindowDocument;
  workshop: Workshop;
  step: WorkshopStep;
}) {
  const { t } = useTranslation();
  const [asGrid, setAsGrid] = useState(false);
  const votes = votesIn(step);
  const grid = gridIn(step);
  if (!votes && !grid) return null;
  return (
    <div className="workshop-prioritising">
      {grid && (
        <button
          type="button"
          className="workshop-button workshop-quiet-button"
          aria-pressed={asGrid}
          onClick={() => setAsGrid(!asGrid)}
        >
          {t('workshop.grid.show')}
        </button>
      )}
      {grid && asGrid ? (
        <ImpactEffortGrid doc={doc} workshop={workshop} step={step} />
      ) : (
        votes && <DotVoting doc={doc} workshop={workshop} />
      )}
    </div>
  );
}

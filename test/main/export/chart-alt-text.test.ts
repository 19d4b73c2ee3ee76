import { describe, expect, it } from 'vitest';
import { impactMapAltText } from '../../../src/main/export/pdf/sections/impact-map-alt-text';
import { timelineAltText } from '../../../src/main/export/pdf/sections/timeline-alt-text';
import { yearWheelAltText } from '../../../src/main/export/pdf/sections/year-wheel-alt-text';
import { ACTIVITY_STATUS_LABELS } from '../../../src/shared/i18n/enum-labels';
import { ACTIVITY_STATUSES, YEAR_WHEEL_KINDS } from '../../../src/shared/model/enums';
import { YEAR_WHEEL_KIND_LABELS } from '../../../src/shared/year-wheel';
import { blankPlan, examplePlan } from './plans';

describe('the charts’ alternative texts', () => {
  const doc = examplePlan();
  // The example's period follows the day it is made on: read its months from the plan.
  const start = new Date(`${doc.plan.periodStart!}T00:00:00Z`);
  const end = new Date(`${doc.plan.periodEnd!}T00:00:00Z`);
  const month = (date: Date, lang: string, form: 'short' | 'long') =>
    date.toLocaleDateString(lang, { month: form, timeZone: 'UTC' });

  it('say what the timeline shows: how many activities, when, and of which status', () => {
    const da = timelineAltText(doc, 'da');
    expect(da).toContain(
      `Tidsplan over ${doc.activities.length} indsatser fra ${month(start, 'da-DK', 'short')} ` +
        `${start.getUTCFullYear()} til ${month(end, 'da-DK', 'short')} ${end.getUTCFullYear()}`,
    );
    for (const s of ACTIVITY_STATUSES) {
      const n = doc.activities.filter((a) => a.status === s).length;
      if (n > 0) expect(da).toContain(`${ACTIVITY_STATUS_LABELS[s].da} ${n}`);
    }
    expect(timelineAltText(doc, 'en')).toContain(`Timeline of ${doc.activities.length} activities`);
    expect(timelineAltText(blankPlan(), 'da')).not.toContain('Tidsplan over');
  });

  it('say what the årshjul shows: how many items from which month, of which kinds', () => {
    const da = yearWheelAltText(doc, 'da');
    expect(da).toContain(`Årshjul med ${doc.yearItems.length} punkter`);
    expect(da).toContain(`fra ${month(start, 'da-DK', 'long')}`);
    for (const kind of YEAR_WHEEL_KINDS) {
      const n = doc.yearItems.filter((i) => i.kind === kind).length;
      if (n > 0) expect(da).toContain(`${YEAR_WHEEL_KIND_LABELS[kind].da} ${n}`);
    }
    expect(yearWheelAltText(doc, 'en')).toContain(`from ${month(start, 'en-GB', 'long')}`);
  });

  it('say what the impact map holds and whether the plan has gaps', () => {
    const da = impactMapAltText(doc, 'da');
    expect(da).toContain(
      `${doc.drivers.length} baggrunde, ${doc.targetGroups.length} målgrupper, ${doc.competences.length} kompetencer`,
    );
    expect(da).toContain('Planen har ingen huller.');
    const loose = examplePlan();
    loose.activities[0]!.competenceIds = [];
    expect(impactMapAltText(loose, 'en')).toContain('The plan has 1 gap, listed under the map.');
    expect(impactMapAltText(blankPlan(), 'da')).toContain('Der er endnu intet at tegne');
  });
});

import type { z } from 'zod';
import {
  catalogEntries,
  catalogEntry,
  catalogIndex,
  isCompetenceKey,
  type CatalogKind,
} from '../catalog';
import {
  STATE_MODEL_AREA_KEYS,
  stateModelArea,
  stateModelLinksFor,
  stateModelName,
} from '../catalog/state-model';
import type { LocalizedText } from '../model/localized-text';
import type { Language } from '../model/enums';
import { anonymiser } from './anonymise';
import { foldTitle } from './fold';
import type { Combination, CountedEntry, DuplicateFile, SkippedFile, TrendsReport } from './report';
import type { PlanSummary, SummaryEntry, TrendsReadSchema } from './summary';

/** One file as it was read: its summary, or why it could not be counted. */
/** One file as it was read: its summary, or why it could not be counted. */
export type TrendsRead = z.infer<typeof TrendsReadSchema>;

export interface TrendsInput {
  reads: readonly TrendsRead[];
  /** Files named twice (or two names of one file), found where the files were listed. */
  sameFiles?: readonly DuplicateFile[];
}

export interface TrendsOptions {
  lang: Language;
  /** Leave organisations, units and people out: see `anonymise.ts`. */
  anonymous?: boolean;
  /** How many combinations of each kind the report keeps, the most frequent first. */
  topCombinations?: number;
}

interface Counted {
  file: string;
  summary: PlanSummary;
}

/** A group being counted: the plans holding it, and each spelling of its title with its tally. */
interface Group {
  key: string | null;
  kind: CatalogKind | 'targetGroup';
  files: string[];
  spellings: Map<string, number>;
  headcount: number | null;
}

const groupId = (entry: SummaryEntry) =>
  entry.key !== null ? `key:${entry.key}` : `title:${foldTitle(entry.title)}`;

/**
 * The counted plans: one per plan id. Two files holding one plan (a copy sent on, a copy kept)
 * are one plan; the copy changed last is counted, as it holds the most of the committee's work,
 * and on a tie the file named first. The others are listed as duplicates of it.
 */
function oneFilePerPlan(reads: readonly Counted[]): {
  counted: Counted[];
  duplicates: DuplicateFile[];
} {
  const chosen = new Map<string, Counted>();
  for (const read of reads) {
    const before = chosen.get(read.summary.id);
    if (!before || read.summary.changedAt > before.summary.changedAt) {
      chosen.set(read.summary.id, read);
    }
  }
  const counted: Counted[] = [];
  const duplicates: DuplicateFile[] = [];
  for (const read of reads) {
    const winner = chosen.get(read.summary.id)!;
    if (winner === read) counted.push(read);
    else duplicates.push({ file: read.file, sameAs: winner.file, rule: 'same-plan' });
  }
  return { counted, duplicates };
}

class Tally {
  readonly groups = new Map<string, Group>();

  constructor(readonly kind: CatalogKind | 'targetGroup') {}

  seed(key: string): void {
    this.groups.set(`key:${key}`, {
      key,
      kind: this.kind,
      files: [],
      spellings: new Map(),
      headcount: null,
    });
  }

  /** Counts `file` once for the group of `entry`, however often the plan holds it. */
  add(id: string, entry: SummaryEntry, file: string, headcount: number | null = null): void {
    let group = this.groups.get(id);
    if (!group) {
      group = { key: entry.key, kind: this.kind, files: [], spellings: new Map(), headcount: null };
      this.groups.set(id, group);
    }
    if (group.files.at(-1) !== file) group.files.push(file);
    const title = entry.title.trim().replace(/\s+/g, ' ');
    group.spellings.set(title, (group.spellings.get(title) ?? 0) + 1);
    if (headcount !== null) group.headcount = (group.headcount ?? 0) + headcount;
  }
}

/** The title a group is shown by: the catalogue's, or the spelling most plans use (first on a tie). */
function titleOf(group: Group, lang: Language): string {
  if (group.key !== null && group.kind !== 'targetGroup') {
    const entry = catalogEntry(group.kind, group.key);
    if (entry) return entry.title[lang];
  }
  let best = '';
  let most = 0;
  for (const [spelling, n] of group.spellings) {
    if (n > most) {
      best = spelling;
      most = n;
    }
  }
  return best;
}

/** Catalogue entries in the seed's order first, then custom groups by title. */
function rank(group: Group): number {
  return group.kind === 'targetGroup' || group.key === null
    ? Number.MAX_SAFE_INTEGER
    : catalogIndex(group.kind, group.key);
}

function byCount<T extends { count: number; rank: number; title: string }>(lang: Language) {
  return (a: T, b: T) =>
    b.count - a.count || a.rank - b.rank || a.title.localeCompare(b.title, lang);
}

/**
 * Counts a set of plans' summaries into the trends report: per driver, competence and method of
 * the catalogue (every one, also those no plan uses) and per group of custom entries, how many
 * plans hold it and which; target groups across plans (the roll-up of local committees' plans
 * into the main committee's overview); the most frequent links; the state model's areas the
 * plans' competences serve; budgets, participants and the period. Pure: the same reads give the
 * same report.
 */
export function aggregateTrends(input: TrendsInput, options: TrendsOptions): TrendsReport {
  const { lang, anonymous = false, topCombinations = 10 } = options;
  const skipped: { file: string; reason: LocalizedText }[] = [];
  const ok: Counted[] = [];
  for (const read of input.reads) {
    if ('summary' in read) ok.push(read);
    else skipped.push(read);
  }
  const { counted, duplicates } = oneFilePerPlan(ok);
  const allDuplicates = [...(input.sameFiles ?? []), ...duplicates];
  const n = counted.length;
  const share = (count: number) => (n === 0 ? 0 : count / n);

  const tallies = {
    driver: new Tally('driver'),
    competence: new Tally('competence'),
    method: new Tally('method'),
    targetGroup: new Tally('targetGroup'),
  };
  for (const kind of ['driver', 'competence', 'method'] as const) {
    for (const key of catalogKeys(kind)) tallies[kind].seed(key);
  }
  const links = {
    driverCompetence: new Map<string, { from: string; to: string; files: string[] }>(),
    competenceMethod: new Map<string, { from: string; to: string; files: string[] }>(),
    competenceTargetGroup: new Map<string, { from: string; to: string; files: string[] }>(),
  };
  const areas = new Map<string, string[]>(STATE_MODEL_AREA_KEYS.map((key) => [key, []]));
  const money = { budget: 0, spent: 0, plans: 0 };
  const participants = { planned: 0, reached: 0, plans: 0 };
  const period = { start: null as string | null, end: null as string | null, plans: 0 };
  let activities = 0;

  for (const { file, summary } of counted) {
    const ids = {
      driver: summary.drivers.map(groupId),
      competence: summary.competences.map(groupId),
      method: summary.methods.map(groupId),
      targetGroup: summary.targetGroups.map((g) => `title:${foldTitle(g.title)}`),
    };
    summary.drivers.forEach((e, i) => tallies.driver.add(ids.driver[i]!, e, file));
    summary.competences.forEach((e, i) => tallies.competence.add(ids.competence[i]!, e, file));
    summary.methods.forEach((e, i) => tallies.method.add(ids.method[i]!, e, file));
    summary.targetGroups.forEach((g, i) =>
      tallies.targetGroup.add(
        ids.targetGroup[i]!,
        { key: null, title: g.title },
        file,
        g.headcount,
      ),
    );
    const link = (
      map: Map<string, { from: string; to: string; files: string[] }>,
      pairs: readonly [number, number][],
      from: string[],
      to: string[],
    ) => {
      for (const [i, j] of pairs) {
        const pair = { from: from[i]!, to: to[j]! };
        const id = `${pair.from}→${pair.to}`;
        const found = map.get(id) ?? { ...pair, files: [] };
        if (found.files.at(-1) !== file) found.files.push(file);
        map.set(id, found);
      }
    };
    link(links.driverCompetence, summary.driverCompetence, ids.driver, ids.competence);
    link(links.competenceMethod, summary.competenceMethod, ids.competence, ids.method);
    link(
      links.competenceTargetGroup,
      summary.competenceTargetGroup,
      ids.competence,
      ids.targetGroup,
    );

    const reached = new Set<string>();
    for (const c of summary.competences) {
      if (isCompetenceKey(c.key)) for (const l of stateModelLinksFor(c.key)) reached.add(l.area);
    }
    for (const area of reached) areas.get(area)?.push(file);

    activities += summary.activities;
    if (summary.money) {
      money.budget += summary.money.budget;
      money.spent += summary.money.spent;
      money.plans += 1;
    }
    if (summary.participants) {
      participants.planned += summary.participants.planned;
      participants.reached += summary.participants.reached;
      participants.plans += 1;
    }
    if (summary.periodStart || summary.periodEnd) {
      period.plans += 1;
      if (summary.periodStart && (!period.start || summary.periodStart < period.start))
        period.start = summary.periodStart;
      if (summary.periodEnd && (!period.end || summary.periodEnd > period.end))
        period.end = summary.periodEnd;
    }
  }

  const hide = anonymiser(anonymous, lang, {
    files: [...input.reads.map((r) => r.file), ...(input.sameFiles ?? []).map((d) => d.file)],
    organisations: counted.flatMap(({ summary }) => [summary.organisation, summary.unit]),
    people: counted.flatMap(({ summary }) => summary.people),
  });

  const listed = (tally: Tally) =>
    [...tally.groups.values()]
      .map((group) => ({
        group,
        title: titleOf(group, lang),
        count: group.files.length,
        rank: rank(group),
      }))
      .sort(byCount(lang));
  const entry = ({ group, title, count }: ReturnType<typeof listed>[number]): CountedEntry => ({
    key: group.key,
    title: group.key === null ? hide.title(title) : title,
    count,
    share: share(count),
    files: group.files.map(hide.file),
  });
  const combinations = (
    map: Map<string, { from: string; to: string; files: string[] }>,
    fromTally: Tally,
    toTally: Tally,
  ): Combination[] => {
    const end = (tally: Tally, id: string) => {
      const group = tally.groups.get(id)!;
      const title = titleOf(group, lang);
      return { key: group.key, title: group.key === null ? hide.title(title) : title, group };
    };
    return [...map.values()]
      .map((pair) => {
        const from = end(fromTally, pair.from);
        const to = end(toTally, pair.to);
        return { from, to, files: pair.files, count: pair.files.length };
      })
      .sort(
        (a, b) =>
          b.count - a.count ||
          rank(a.from.group) - rank(b.from.group) ||
          a.from.title.localeCompare(b.from.title, lang) ||
          rank(a.to.group) - rank(b.to.group) ||
          a.to.title.localeCompare(b.to.title, lang),
      )
      .slice(0, topCombinations)
      .map(({ from, to, files, count }) => ({
        from: { key: from.key, title: from.title },
        to: { key: to.key, title: to.title },
        count,
        share: share(count),
        files: files.map(hide.file),
      }));
  };

  return {
    lang,
    anonymous,
    plans: counted.map((c) => hide.file(c.file)),
    skipped: skipped.map((s): SkippedFile => ({
      file: hide.file(s.file),
      reason: hide.reason(s.file, s.reason[lang]),
    })),
    duplicates: allDuplicates.map((d) => ({
      ...d,
      file: hide.file(d.file),
      sameAs: hide.file(d.sameAs),
    })),
    drivers: listed(tallies.driver).map(entry),
    competences: listed(tallies.competence).map(entry),
    methods: listed(tallies.method).map(entry),
    targetGroups: listed(tallies.targetGroup).map((e) => ({
      ...entry(e),
      headcount: e.group.headcount,
    })),
    stateModelAreas: STATE_MODEL_AREA_KEYS.map((key, i) => ({
      key,
      title: stateModelName(stateModelArea(key).name, lang).text,
      count: areas.get(key)!.length,
      rank: i,
      files: areas.get(key)!,
    }))
      .sort((a, b) => b.count - a.count || a.rank - b.rank)
      .map(({ key, title, count, files }) => ({
        key,
        title,
        count,
        share: share(count),
        files: files.map(hide.file),
      })),
    combinations: {
      driverCompetence: combinations(links.driverCompetence, tallies.driver, tallies.competence),
      competenceMethod: combinations(links.competenceMethod, tallies.competence, tallies.method),
      competenceTargetGroup: combinations(
        links.competenceTargetGroup,
        tallies.competence,
        tallies.targetGroup,
      ),
    },
    totals: {
      plans: n,
      skipped: skipped.length,
      duplicates: allDuplicates.length,
      activities,
      money,
      participants,
    },
    period,
  };
}

function catalogKeys(kind: CatalogKind): string[] {
  return catalogEntries(kind).map((e) => e.key);
}

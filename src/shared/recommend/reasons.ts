import type { LocalizedText, MethodKey } from '../catalog/types';

function otherCompetences(n: number): LocalizedText {
  const count = String(n);
  return n === 1
    ? { da: '1 anden kompetence', en: '1 other competence' }
    : { da: `${count} andre kompetencer`, en: `${count} other competences` };
}

export const CHOSEN_METHOD: LocalizedText = {
  da: 'Allerede valgt til denne kompetence.',
  en: 'Already chosen for this competence.',
};

export function methodInPlan(usedByOthers: number): LocalizedText {
  if (usedByOthers === 0) {
    return {
      da: 'Metoden står allerede i planen – det er billigere at bygge videre på den end at starte noget nyt.',
      en: 'The method is already in the plan – building on it is cheaper than starting something new.',
    };
  }
  const others = otherCompetences(usedByOthers);
  return {
    da: `Planen bruger allerede metoden til ${others.da} – det er billigere at genbruge den end at starte noget nyt.`,
    en: `The plan already uses this method for ${others.en} – reusing it is cheaper than starting something new.`,
  };
}

export function methodAlsoFits(count: number): LocalizedText {
  const others = otherCompetences(count);
  return {
    da: `Passer også til ${others.da} i planen, så den samme indsats kan løfte flere kompetencer.`,
    en: `Also fits ${others.en} in the plan, so one effort can serve several.`,
  };
}

export type AlwaysUsefulMethod = Extract<MethodKey, 'needs-assessment' | 'learning-objectives'>;

export const ALWAYS_USEFUL_REASONS: Readonly<Record<AlwaysUsefulMethod, LocalizedText>> = {
  'needs-assessment': {
    da: 'Kompetencen er jeres egen og ikke fra kataloget, men en afklaring af behovet hjælper enhver indsats med at ramme de rigtige og giver et udgangspunkt at måle effekten ud fra.',
    en: 'This competence is your own rather than from the catalogue, but clarifying the need helps any effort reach the right people and gives a baseline to measure the effect against.',
  },
  'learning-objectives': {
    da: 'Kompetencen er jeres egen og ikke fra kataloget, men læringsmål og et impact map gør enhver indsats konkret og gør det muligt at følge op på effekten.',
    en: 'This competence is your own rather than from the catalogue, but learning objectives and an impact map make any effort concrete and make it possible to follow up on the effect.',
  },
};

export const CUSTOM_COMPETENCE_NOTICE: LocalizedText = {
  da: 'Kompetencen er ikke fra kataloget, så Omstil kan kun foreslå de metoder, der hjælper enhver indsats.',
  en: 'This competence is not from the catalogue, so Omstil can only suggest the methods that help any effort.',
};

export const CHOSEN_COMPETENCE: LocalizedText = {
  da: 'Kompetencen står allerede i planen og er knyttet til denne baggrund.',
  en: 'The competence is already in the plan and linked to this driver.',
};

export const COMPETENCE_IN_PLAN: LocalizedText = {
  da: 'Kompetencen står allerede i planen – knyt den også til denne baggrund i stedet for at oprette en ny.',
  en: 'The competence is already in the plan – link it to this driver too rather than adding a new one.',
};

export function competenceSharedDriver(n: number): LocalizedText {
  const count = String(n);
  return n === 1
    ? {
        da: 'Foreslås også ud fra 1 anden baggrund i planen.',
        en: 'Also suggested by 1 other driver in the plan.',
      }
    : {
        da: `Foreslås også ud fra ${count} andre baggrunde i planen.`,
        en: `Also suggested by ${count} other drivers in the plan.`,
      };
}

export const CUSTOM_DRIVER_NOTICE: LocalizedText = {
  da: 'Baggrunden er ikke fra kataloget, så Omstil har ingen forslag til kompetencer. Vælg dem ud fra jeres egen beskrivelse af situationen.',
  en: 'This driver is not from the catalogue, so Omstil has no competence suggestions. Choose them from your own description of the situation.',
};

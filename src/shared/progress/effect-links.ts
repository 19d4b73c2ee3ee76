import type { LocalizedText } from '../i18n/localized';
import { EFFECT_LINKS, type EffectLink } from '../model/enums';

export interface EffectLinkInfo {
  link: EffectLink;
  /** Short name for a column or a chart axis; the same words as the measurement form. */
  label: LocalizedText;
  /** What a measurement at this link shows, for a tooltip or the PDF's legend. */
  description: LocalizedText;
}

const INFO: Record<EffectLink, Omit<EffectLinkInfo, 'link'>> = {
  'carried-out': {
    label: { da: 'Gennemført', en: 'Carried out' },
    description: {
      da: 'Indsatsen er gennemført, og de planlagte deltagere har været med.',
      en: 'The activity took place and the planned participants took part.',
    },
  },
  learned: {
    label: { da: 'Lært', en: 'Learned' },
    description: {
      da: 'Deltagerne har lært det, indsatsen skulle give dem.',
      en: 'The participants learned what the activity set out to teach.',
    },
  },
  applied: {
    label: { da: 'Anvendt i praksis', en: 'Applied in practice' },
    description: {
      da: 'Det lærte bliver brugt i det daglige arbejde.',
      en: 'What was learned is used in daily work.',
    },
  },
  behaviour: {
    label: { da: 'Ny adfærd', en: 'New behaviour' },
    description: {
      da: 'Kolleger, ledere eller brugere kan se, at medarbejderne arbejder på en ny måde.',
      en: 'Colleagues, managers or users can see that people work in a new way.',
    },
  },
  'short-term-result': {
    label: { da: 'Kortsigtede resultater', en: 'Short-term results' },
    description: {
      da: 'Opgaverne bliver løst hurtigere, bedre eller på en ny måde.',
      en: 'The work is done faster, better or in a new way.',
    },
  },
  'long-term-effect': {
    label: { da: 'Langsigtet effekt', en: 'Long-term effect' },
    description: {
      da: 'Arbejdspladsen når de mål, der var baggrunden for indsatsen.',
      en: 'The workplace reaches the goals that were the reason for the effort.',
    },
  },
};

/** Kompetencesekretariatet's effect chain, the six links in the order an effort travels them. */
export const EFFECT_CHAIN: readonly EffectLinkInfo[] = EFFECT_LINKS.map((link) => ({
  link,
  ...INFO[link],
}));

export function effectLinkInfo(link: EffectLink): EffectLinkInfo {
  return { link, ...INFO[link] };
}

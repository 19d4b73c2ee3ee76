export type LocalizedText = { da: string; en: string };

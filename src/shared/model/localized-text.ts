/**
 * A text in both of the program's languages. Plans store them (the fund's rules, frozen figures),
 * so the model owns the shape; the i18n messages use the same one.
 */
export type LocalizedText = { da: string; en: string };

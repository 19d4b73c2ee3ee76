/** The shape of a translation: the same keys as the Danish original, each a text. */
export type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

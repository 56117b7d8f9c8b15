// wink-distance ships no types; this declares the one function News Lens uses.
declare module 'wink-distance' {
  export const string: {
    /** Jaro-Winkler distance in [0, 1]: 0 for identical strings. */
    jaroWinkler(a: string, b: string): number;
  };
}

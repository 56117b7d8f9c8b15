// Sentences whose names link across articles in every way linkEntities knows: full names and bare
// surnames, transliteration variants, a surname shared by two people, acronyms and long forms,
// places by canonical name. The two incremental-linking property tests recombine them (each adds
// its own after these), so that names appear, vanish and merge.
export const LINKING_SENTENCES: readonly string[] = [
  'President Joe Biden met Volodymyr Zelensky in Vilnius on Tuesday.',
  'Biden said the alliance would stand firm.',
  'Zelenskiy thanked the North Atlantic Treaty Organization for its help.',
  'NATO leaders met in Lithuania.',
  'Hunter Biden did not comment.',
  'Kamala Harris spoke to reporters in Washington.',
  'Harris later flew to Ukraine.',
  '“We will not back down,” Zelenskyy said.',
  'The Korean Central News Agency reported the launch, and KCNA added that Kim Jong Un watched it.',
  'Antony Blinken and Jens Stoltenberg arrived in the US on Monday.',
  'Stoltenberg said the United States would send more aid.',
  'Officials in Kyiv said nothing.',
];

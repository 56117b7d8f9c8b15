// wink-nlp must be instantiated once per process: a second instance built from the
// same model shares the model's internal tables and silently breaks custom patterns.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;
let instance: WinkNLP | undefined;

/**
 * The annotations News Lens reads: sentences, part-of-speech tags and wink's entities (dates,
 * times, quantities). wink's default pipe also runs negation and sentiment, which nothing here
 * uses; leaving them out makes every readDoc about a tenth cheaper with identical tokens, tags,
 * sentences and entities (test/unit/tokens.test checks that against a default instance).
 */
export const PIPE = ['sbd', 'pos', 'ner'];

export function nlp(): WinkNLP {
  if (!instance) instance = forgetful(winkNLP(model, PIPE));
  return instance;
}

/** A word of ASCII letters only: wink tokenises it whole whether or not it has met it. */
const PLAIN_WORD = /^[A-Za-z]+$/;
/** The parts of wink's lexeme cache read here (wink-nlp/src/cache.js). */
interface WinkCache { lookup(text: string): number[] | null; add(text: string, category: number): number; intrinsicSize(): number }
/**
 * wink remembers every word it has not met in its model (an OOV lexeme) in its cache, and its
 * tokenizer asks that cache whether a stretch is a word before splitting it: after it read
 * "smaller than last year's." ("year's" kept whole before the full stop, and so remembered), it
 * read "Next year's competition" as "Next" "year's" "competition", no longer "year" "'s", and the
 * date was lost. What an article gave depended on the articles read before it in the same process,
 * which the analysis cache, the workers and incremental linking all take not to happen. So the
 * tokenizer is told that no remembered OOV word is a word: every article is tokenised as by a
 * fresh instance. wink does not expose its cache: a document's data holds it, and a token's
 * `out()` hands that data to the mappers wink allows, so a mapper is allowed long enough to read it.
 */
function forgetful(engine: WinkNLP): WinkNLP {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const allowed = require('wink-nlp/src/allowed.js') as { its4token: Set<unknown> };
  const grab = (_index: number, rdd: { cache?: WinkCache }) => rdd.cache;
  allowed.its4token.add(grab);
  let cache: WinkCache | undefined;
  try {
    cache = (engine.readDoc('a').tokens().itemAt(0).out as unknown as (f: typeof grab) => WinkCache | undefined)(grab);
  } finally {
    allowed.its4token.delete(grab);
  }
  if (!cache || typeof cache.lookup !== 'function' || typeof cache.add !== 'function' || typeof cache.intrinsicSize !== 'function') throw new Error('wink-nlp: its lexeme cache was not found (has wink-nlp changed?)');
  const { lookup, add } = cache, intrinsic = cache.intrinsicSize();
  // (while a word is added, the model's features look words up as they always did: the part of
  // speech of "Year's" is that of "year's", remembered or not)
  let adding = 0;
  cache.add = (text: string, category: number) => {
    adding++;
    try { return add(text, category); } finally { adding--; }
  };
  // (a contraction the model knows answers with its expansions, several numbers: kept; and a word of
  // plain ASCII letters only, which the tokenizer keeps whole wherever it meets it, so that its
  // answer changes nothing: it spares the tokenizer's slow path for every name it has met, which
  // cost a fifth of the tokenizing time when every remembered word was hidden)
  cache.lookup = (text: string) => {
    const found = lookup(text);
    return adding === 0 && found !== null && found.length === 1 && found[0] >= intrinsic && !PLAIN_WORD.test(text) ? null : found;
  };
  return engine;
}

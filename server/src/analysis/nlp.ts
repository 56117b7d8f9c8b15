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
  if (!instance) instance = winkNLP(model, PIPE);
  return instance;
}

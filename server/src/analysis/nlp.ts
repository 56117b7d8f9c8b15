// wink-nlp must be instantiated once per process: a second instance built from the
// same model shares the model's internal tables and silently breaks custom patterns.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;
let instance: WinkNLP | undefined;

export function nlp(): WinkNLP {
  if (!instance) instance = winkNLP(model);
  return instance;
}

// The link worker: holds every article's named mentions (what linking reads of them) and relinks
// the corpus off the LSP thread. It is sent only what changed, and answers with the entity ids of
// the articles whose ids changed, and the entity records.
import { parentPort } from 'node:worker_threads';
import { linkCorrected, ArticleAnalysis, AliasRules, CorrectionSet, NO_ALIAS_RULES, NO_CORRECTIONS } from './analysis';
import type { LinkRequest, LinkReply, LinkForm } from './linker';

const named = new Map<string, LinkForm[]>();
const lastIds = new Map<string, string[]>();
let rules: AliasRules = NO_ALIAS_RULES;
let corrections: CorrectionSet = NO_CORRECTIONS;

parentPort!.on('message', (req: LinkRequest) => {
  try {
    if (req.rules) rules = req.rules;
    if (req.corrections) corrections = req.corrections;
    if (req.reset) { named.clear(); lastIds.clear(); }
    for (const [uri, forms] of req.updates) {
      if (forms) named.set(uri, forms);
      else { named.delete(uri); lastIds.delete(uri); }
    }
    const uris = [...named.keys()].sort();
    const { ids, entities } = linkCorrected(uris.map(u => ({ named: named.get(u)! }) as unknown as ArticleAnalysis), rules, corrections);
    const sent = new Set(req.updates.map(([u]) => u));
    const changed: [string, string[]][] = [];
    uris.forEach((uri, k) => {
      const old = lastIds.get(uri);
      if (req.reset || sent.has(uri) || !old || old.length !== ids[k].length || old.some((id, j) => id !== ids[k][j])) changed.push([uri, ids[k]]);
      lastIds.set(uri, ids[k]);
    });
    parentPort!.postMessage({ seq: req.seq, changed, entities } satisfies LinkReply);
  } catch (e) {
    parentPort!.postMessage({ seq: req.seq, error: e instanceof Error ? e.stack ?? e.message : String(e) } satisfies LinkReply);
  }
});

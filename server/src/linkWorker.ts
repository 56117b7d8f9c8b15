// The link worker: keeps the corpus's cross-article link (CorpusLinker: incremental, or a full link
// under "separate" pairs and merges) off the LSP thread. It is sent only the articles whose named
// mentions changed, and answers with a delta: the entity ids of the articles whose ids changed,
// the entity records added or changed, and the ids gone.
import { parentPort, workerData } from 'node:worker_threads';
// Only the linking half of the analysis: this thread never loads the wink model.
import { CorpusLinker } from './analysis/incremental';
import { AliasRules, NO_ALIAS_RULES } from './analysis/link';
import { CorrectionSet, NO_CORRECTIONS } from './analysis/corrections';
import type { NamedMention } from './analysis/entities';
import { toWire, unpackForms, type WireRequest, type LinkReply } from './linker';

let rules: AliasRules = NO_ALIAS_RULES;
let corrections: CorrectionSet = NO_CORRECTIONS;
let linker = new CorpusLinker(rules, corrections);
/** For the tests (the server's --test-relearn-delay-ms): each message of a relearn waits this long first, as a huge corpus's would. */
const relearnDelayMs = Number((workerData as { relearnDelayMs?: number } | null)?.relearnDelayMs) || 0;

parentPort!.on('message', (req: WireRequest) => {
  try {
    if (req.rules) rules = req.rules;
    if (req.corrections) corrections = req.corrections;
    if (req.reset) linker = new CorpusLinker(rules, corrections);
    if (req.relearn && relearnDelayMs > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, relearnDelayMs);
    // a LinkForm holds all that linking reads of a named mention
    const updates = unpackForms(req.forms) as unknown as [string, NamedMention[] | null][];
    const held = req.held ? new Map(updates.map(([uri], k) => [uri, req.held!.ids[k].map(i => req.held!.table[i])])) : undefined;
    if (req.more) {
      // each article is resolved on its own now; the corpus is linked with the last part
      linker.stage(updates, held);
      parentPort!.postMessage({ seq: req.seq, delta: { changed: [], upserts: [], removed: [], order: [] } } satisfies LinkReply);
      return;
    }
    const delta = linker.update(updates, held);
    parentPort!.postMessage(toWire({ seq: req.seq, delta } satisfies LinkReply));
  } catch (e) {
    parentPort!.postMessage({ seq: req.seq, error: e instanceof Error ? e.stack ?? e.message : String(e) } satisfies LinkReply);
  }
});

// A kept link (CorpusIndex.linkSnapshot / adoptLink): a start of the same corpus takes it as the
// view at once, the link worker relearns the corpus in chunks meanwhile, and edits after it link
// as they would have without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyzeArticle, ArticleAnalysis, LinkDelta } from '../../server/src/analysis';
import { CorpusIndex } from '../../server/src/corpusIndex';
import { LinkWorker } from '../../server/src/linker';
import { LINKING_SENTENCES } from '../helpers/linkSentences';

const WORKER = join(__dirname, '../../server/src/linkWorker.js');
/** More articles than one message of the worker's rebuild carries (1,000), from a few distinct texts, analysed once each. */
const N = 2300;
const memo = new Map<string, ArticleAnalysis>();
const analyse = (t: string) => { let a = memo.get(t); if (!a) memo.set(t, (a = analyzeArticle(t))); return a; };
const textOf = (k: number) => [0, 1, 2].map(j => LINKING_SENTENCES[(k * 7 + j * 3) % LINKING_SENTENCES.length]).join(' ');
const uriOf = (k: number) => `file:///corpus/a${String(k).padStart(5, '0')}.news.txt`;

/** What the features see: the entity list, and every article's mentions with their entities. */
function view(index: CorpusIndex): unknown {
  const linked = index.linked;
  return {
    entities: linked.annotation.entities,
    articles: index.uris.map(u => [u, linked.articles.get(u)!.mentions.map(m => `${m.start}:${m.entity}`)]),
  };
}

async function loaded(linker: LinkWorker, texts: Map<number, string>): Promise<CorpusIndex> {
  const index = new CorpusIndex({ linker, analyse });
  for (const [k, t] of texts) index.setNow(uriOf(k), `a${k}.news.txt`, t);
  await index.linkSettled();
  return index;
}

test('a kept link is the view at once; the worker relearns the corpus in chunks, and an edit after it links as from scratch', async () => {
  const linkers = [new LinkWorker(WORKER), new LinkWorker(WORKER), new LinkWorker(WORKER)];
  try {
    const texts = new Map(Array.from({ length: N }, (_, k) => [k, textOf(k)] as [number, string]));
    const first = await loaded(linkers[0], texts);
    const kept = JSON.parse(JSON.stringify(first.linkSnapshot())) as LinkDelta; // as the cache keeps it
    const before = view(first);

    const second = new CorpusIndex({ linker: linkers[1], analyse });
    second.holdLinks = true;
    for (const [k, t] of texts) second.setNow(uriOf(k), `a${k}.news.txt`, t);
    assert.equal(second.relinks, 0, 'no batch link while a kept link is expected');
    assert.equal(second.adoptLink(kept), true);
    assert.deepEqual(view(second), before, 'the kept link is the view at once');
    // edits right away: the worker is sent the rest of the corpus first, then the edits
    texts.set(5, textOf(5) + ' Spokeswoman Quennevieve Marchbanks declined to comment.');
    texts.set(1500, 'Marchbanks said Zelensky would not come.');
    texts.delete(7);
    second.setNow(uriOf(5), 'a5.news.txt', texts.get(5)!);
    second.setNow(uriOf(1500), 'a1500.news.txt', texts.get(1500)!);
    second.delete(uriOf(7));
    void second.linked;
    await second.linkSettled();
    const scratch = await loaded(linkers[2], texts);
    assert.deepEqual(view(second), view(scratch));
    assert.ok((view(second) as { entities: { name: string }[] }).entities.some(e => /Marchbanks/.test(e.name)));
  } finally {
    await Promise.all(linkers.map(l => l.close()));
  }
});

test('when the worker\'s rebuild agrees with the kept link, the entity records and their order stay the same objects', async () => {
  const linkers = [new LinkWorker(WORKER), new LinkWorker(WORKER)];
  try {
    const texts = new Map(Array.from({ length: 300 }, (_, k) => [k, textOf(k)] as [number, string]));
    const first = await loaded(linkers[0], texts);
    const kept = JSON.parse(JSON.stringify(first.linkSnapshot())) as LinkDelta;
    let updates = 0;
    const second = new CorpusIndex({ linker: linkers[1], analyse, onUpdate: () => { updates++; } });
    second.holdLinks = true;
    for (const [k, t] of texts) second.setNow(uriOf(k), `a${k}.news.txt`, t);
    assert.equal(second.adoptLink(kept), true);
    const records = second.linked.annotation.entities;
    const before = updates;
    for (let i = 0; i < 200 && updates === before; i++) await new Promise(r => setTimeout(r, 25)); // the rebuild lands
    assert.ok(updates > before, 'the worker\'s rebuild was applied');
    const after = second.linked.annotation.entities;
    assert.equal(after, records, 'the sorted list is the same array');
    assert.ok(after.every((e, k) => e === records[k]), 'every record is the same object');
    assert.deepEqual(view(second), view(first));
  } finally {
    await Promise.all(linkers.map(l => l.close()));
  }
});

test('a kept link is refused unless it covers every article with one id per named mention; the corpus is then linked as usual', async () => {
  const linkers = [new LinkWorker(WORKER), new LinkWorker(WORKER)];
  try {
    const texts = new Map(Array.from({ length: 40 }, (_, k) => [k, textOf(k)] as [number, string]));
    const first = await loaded(linkers[0], texts);
    const kept = first.linkSnapshot();
    const wrong: LinkDelta[] = [
      { ...kept, changed: kept.changed.slice(1) },
      { ...kept, changed: kept.changed.map(([u, ids], k) => [u, k === 3 ? [...ids, ids[0] ?? 'x'] : ids]) },
    ];
    for (const delta of wrong) {
      const index = new CorpusIndex({ linker: linkers[1], analyse });
      index.holdLinks = true;
      for (const [k, t] of texts) index.setNow(uriOf(k), `a${k}.news.txt`, t);
      assert.equal(index.adoptLink(delta), false);
      await index.linkSettled();
      assert.deepEqual(view(index), view(first));
    }
  } finally {
    await Promise.all(linkers.map(l => l.close()));
  }
});

test('the worker\'s relearnt link, once all of it is in, leaves the view as it was; edits then link incrementally', async () => {
  const linkers = [new LinkWorker(WORKER), new LinkWorker(WORKER), new LinkWorker(WORKER)];
  try {
    const texts = new Map(Array.from({ length: N }, (_, k) => [k, textOf(k)] as [number, string]));
    const first = await loaded(linkers[0], texts);
    const kept = first.linkSnapshot();
    let relearnt!: () => void;
    const done = new Promise<void>(r => { relearnt = r; });
    const second = new CorpusIndex({ linker: linkers[1], analyse, onUpdate: () => relearnt() });
    second.holdLinks = true;
    for (const [k, t] of texts) second.setNow(uriOf(k), `a${k}.news.txt`, t);
    assert.equal(second.adoptLink(kept), true);
    await done; // the rebuild's last answer, composed and applied
    assert.deepEqual(view(second), view(first));
    texts.set(2200, 'Quennevieve Marchbanks met Biden in Vilnius.');
    second.setNow(uriOf(2200), 'a2200.news.txt', texts.get(2200)!);
    void second.linked;
    await second.linkSettled();
    assert.deepEqual(view(second), view(await loaded(linkers[2], texts)));
  } finally {
    await Promise.all(linkers.map(l => l.close()));
  }
});

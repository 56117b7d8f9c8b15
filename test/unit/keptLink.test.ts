// A kept link (CorpusIndex.linkSnapshot / adoptLink): a start of the same corpus takes it as the
// view at once, the link worker relearns the corpus in chunks meanwhile, and edits after it link
// as they would have without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { LinkDelta } from '../../server/src/analysis';
import { CorpusIndex, REBUILD_CHUNK } from '../../server/src/corpusIndex';
import { LinkWorker, LinkRequest, LinkReply } from '../../server/src/linker';
import { LINKING_SENTENCES } from '../helpers/linkSentences';
import { analyse, uriOf, view } from '../helpers/linkedCorpus';

const WORKER = join(__dirname, '../../server/src/linkWorker.js');
/** More articles than one message of the worker's rebuild carries (REBUILD_CHUNK, 100), from a few distinct texts, analysed once each. */
const N = 2300;
const textOf = (k: number) => [0, 1, 2].map(j => LINKING_SENTENCES[(k * 7 + j * 3) % LINKING_SENTENCES.length]).join(' ');

/** A second start of the same corpus: the articles set while links are held for a kept link. */
function holding(texts: Map<number, string>, options: ConstructorParameters<typeof CorpusIndex>[0]): CorpusIndex {
  const index = new CorpusIndex(options);
  index.holdLinks = true;
  for (const [k, t] of texts) index.setNow(uriOf(k), `a${k}.news.txt`, t);
  return index;
}

/** holding(), then the kept link adopted. */
function adopting(kept: LinkDelta, texts: Map<number, string>, options: ConstructorParameters<typeof CorpusIndex>[0]): CorpusIndex {
  const index = holding(texts, options);
  assert.equal(index.relinks, 0, 'no batch link while a kept link is expected');
  assert.equal(index.adoptLink(kept), true);
  return index;
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

    const second = adopting(kept, texts, { linker: linkers[1], analyse });
    assert.deepEqual(view(second), before, 'the kept link is the view at once');
    // edits right away: the worker is sent the rest of the corpus first, then the edits
    texts.set(5, textOf(5) + ' Spokeswoman Quennevieve Marchbanks declined to comment.');
    texts.set(1500, 'Marchbanks said Zelensky would not come.');
    texts.delete(7);
    second.setNow(uriOf(5), 'a5.news.txt', texts.get(5)!);
    second.setNow(uriOf(1500), 'a1500.news.txt', texts.get(1500)!);
    second.delete(uriOf(7));
    void second.linked;
    await second.linkDone();
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
    const second = adopting(kept, texts, { linker: linkers[1], analyse, onUpdate: () => { updates++; } });
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
      const index = holding(texts, { linker: linkers[1], analyse });
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
    const second = adopting(kept, texts, { linker: linkers[1], analyse, onUpdate: () => relearnt() });
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

/** A link worker whose answers are held until `release()`: a relearn as slow as at 100,000 articles. */
class HeldLinker extends LinkWorker {
  #open = false;
  #held: (() => void)[] = [];
  answered = 0;
  link(req: Omit<LinkRequest, 'seq'>): Promise<LinkReply> {
    return super.link(req).then(r => new Promise<LinkReply>(resolve => {
      const go = () => { this.answered++; resolve(r); };
      if (this.#open) go(); else this.#held.push(go);
    }));
  }
  release(): void { this.#open = true; for (const go of this.#held.splice(0)) go(); }
}

const within = <T>(p: Promise<T>, ms: number, what: string) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms))]);

test('while the worker relearns a kept link, an edit is linked provisionally at once (a new name is an entity); once the relearn is in, the view is a link from scratch', async () => {
  const held = new HeldLinker(WORKER);
  const linkers = [new LinkWorker(WORKER), new LinkWorker(WORKER)];
  try {
    const texts = new Map(Array.from({ length: N }, (_, k) => [k, textOf(k)] as [number, string]));
    const first = await loaded(linkers[0], texts);
    const kept = JSON.parse(JSON.stringify(first.linkSnapshot())) as LinkDelta;
    const second = adopting(kept, texts, { linker: held, analyse });
    const adopted = view(second) as { entities: { id: string; name: string; mentions: number }[]; articles: [string, string[]][] };
    const biden = adopted.entities.find(e => e.name === 'Joe Biden')!;
    assert.ok(biden, 'the corpus names Joe Biden');
    // a new name, a known one, a bare surname of the new name, and a deleted article
    texts.set(5, textOf(5) + ' Spokeswoman Quennevieve Marchbanks declined to comment. Later, Marchbanks met President Joe Biden in Vilnius.');
    texts.set(1500, 'Ottilie Vandersloot told the Karelian Water Board that Quennevieve Marchbanks was wrong. Marchbanks said nothing.');
    texts.delete(7);
    second.setNow(uriOf(5), 'a5.news.txt', texts.get(5)!);
    second.setNow(uriOf(1500), 'a1500.news.txt', texts.get(1500)!);
    second.delete(uriOf(7));
    await within(second.linkSettled(), 2000, 'an edit\'s link while the worker relearns');
    assert.equal(second.relearning, true, 'the relearn is still held');
    assert.equal(held.answered, 0, 'no answer of the worker yet');
    const linked = second.linked;
    const marchbanks = linked.annotation.entities.filter(e => /Marchbanks/.test(e.name));
    assert.equal(marchbanks.length, 1, JSON.stringify(marchbanks));
    const id = marchbanks[0].id;
    assert.equal(id, 'person:quennevieve-marchbanks');
    // every mention of the name, in both articles, is that entity (the bare surname too)
    const mentions = linked.mentionsOf.get(id)!.map(l => `${l.uri.slice(-15, -9)}:${l.item.text}`);
    assert.deepEqual(mentions, ['a00005:Quennevieve Marchbanks', 'a00005:Marchbanks', 'a01500:Quennevieve Marchbanks', 'a01500:Marchbanks']);
    assert.ok(linked.annotation.entities.some(e => e.name === 'Ottilie Vandersloot'));
    // a known name keeps its entity
    const a5 = linked.articles.get(uriOf(5))!;
    assert.ok(a5.mentions.some(m => m.text === 'Joe Biden' && m.entity === biden.id), 'Joe Biden is the corpus\'s');
    assert.equal(linked.articles.has(uriOf(7)), false, 'the deleted article left');
    // every id the view holds is an entity (the features look each one up)
    for (const a of linked.articles.values()) for (const m of a.mentions) if (m.entity) assert.ok(linked.entities.has(m.entity), m.entity);
    // another keystroke in the same article: the provisional entity keeps its id
    texts.set(1500, texts.get(1500)! + ' Then it rained.');
    second.setNow(uriOf(1500), 'a1500.news.txt', texts.get(1500)!);
    await second.linkSettled();
    assert.equal(second.linked.annotation.entities.filter(e => /Marchbanks/.test(e.name)).length, 1);
    // the relearn lands: the view is a link from scratch, provisional entities gone
    held.release();
    await second.linkDone();
    assert.equal(second.relearning, false);
    assert.deepEqual(view(second), view(await loaded(linkers[1], texts)));
  } finally {
    await Promise.all([held, ...linkers].map(l => l.close()));
  }
});

test('an edit while the relearn is held, answered after it: random edits, then the view equals a link from scratch', async () => {
  const held = new HeldLinker(WORKER);
  const linkers = [new LinkWorker(WORKER), new LinkWorker(WORKER)];
  try {
    const texts = new Map(Array.from({ length: 1200 }, (_, k) => [k, textOf(k)] as [number, string]));
    const first = await loaded(linkers[0], texts);
    const kept = first.linkSnapshot();
    const second = adopting(kept, texts, { linker: held, analyse });
    let seed = 7;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const names = ['Quennevieve Marchbanks', 'Marchbanks', 'Ottilie Vandersloot', 'the Karelian Water Board', 'Biden', 'Joe Biden', 'NATO', 'Vilnius'];
    for (let step = 0; step < 40; step++) {
      const k = rand(1300);
      if (rand(6) === 0) { texts.delete(k); second.delete(uriOf(k)); }
      else {
        texts.set(k, `${names[rand(names.length)]} met ${names[rand(names.length)]} in ${LINKING_SENTENCES[rand(LINKING_SENTENCES.length)]}`);
        second.setNow(uriOf(k), `a${k}.news.txt`, texts.get(k)!);
      }
      await within(second.linkSettled(), 5000, `edit ${step}`);
      const linked = second.linked;
      for (const a of linked.articles.values()) for (const m of a.mentions) if (m.entity) assert.ok(linked.entities.has(m.entity), `${step}: ${m.entity}`);
      assert.deepEqual([...linked.articles.keys()].sort(), [...texts.keys()].map(uriOf).sort());
      if (step === 25) held.release(); // the rest comes after the relearn
    }
    await second.linkDone();
    assert.deepEqual(view(second), view(await loaded(linkers[1], texts)));
  } finally {
    await Promise.all([held, ...linkers].map(l => l.close()));
  }
});

/** A link worker that keeps the number of articles each relearn answer lists. */
class CountingLinker extends LinkWorker {
  relearnListed: number[] = [];
  link(req: Omit<LinkRequest, 'seq'>): Promise<LinkReply> {
    return super.link(req).then(r => { if (req.relearn) this.relearnListed.push(r.delta?.changed.length ?? 0); return r; });
  }
}

test('the relearn\'s answer lists only the articles the kept link gives other ids than the worker\'s link (there, two), and the view then takes the worker\'s', async () => {
  const counting = new CountingLinker(WORKER);
  const linkers = [new LinkWorker(WORKER), counting];
  try {
    const texts = new Map(Array.from({ length: N }, (_, k) => [k, textOf(k)] as [number, string]));
    const first = await loaded(linkers[0], texts);
    const kept = JSON.parse(JSON.stringify(first.linkSnapshot())) as LinkDelta;
    // two articles (one in the first message of the relearn, one in the last) kept with wrong ids:
    // each mention given another entity's id (the kept link is still whole, so it is adopted)
    const ids = [...new Set(kept.changed.flatMap(([, list]) => list))];
    const wrong = [10, 2250].map(k => kept.changed.findIndex(([uri]) => uri === uriOf(k)));
    for (const w of wrong) {
      const [uri, list] = kept.changed[w];
      assert.ok(list.length > 0);
      kept.changed[w] = [uri, list.map(id => ids[(ids.indexOf(id) + 1) % ids.length])];
    }
    let relearnt!: () => void;
    const done = new Promise<void>(r => { relearnt = r; });
    const second = adopting(kept, texts, { linker: counting, analyse, onUpdate: () => relearnt() });
    assert.notDeepEqual(view(second), view(first), 'the wrong ids are the view until the relearn is in');
    await done;
    assert.deepEqual(view(second), view(first));
    assert.equal(counting.relearnListed.length, Math.ceil(N / REBUILD_CHUNK), 'one answer per message of the relearn');
    assert.equal(counting.relearnListed.reduce((a, b) => a + b, 0), 2, 'only the two articles are listed');
  } finally {
    await Promise.all(linkers.map(l => l.close()));
  }
});

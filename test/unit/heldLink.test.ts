// A cold load is linked once it is all analysed (server.ts holds links while it loads, so that the
// analysis workers are gone before the link worker and the LSP thread grow to their largest): held,
// reading the view starts no link; released, the whole corpus goes to the worker in parts of
// REBUILD_CHUNK (100) articles, linked with the last, and the view is the one an in-thread link gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CorpusIndex, REBUILD_CHUNK } from '../../server/src/corpusIndex';
import { LinkWorker, LinkReply, LinkForm, toWire, fromWire, packForms, unpackForms } from '../../server/src/linker';
import { LINKING_SENTENCES } from '../helpers/linkSentences';
import { analyse, uriOf, view } from '../helpers/linkedCorpus';

const WORKER = join(__dirname, '../../server/src/linkWorker.js');
const N = 2350;
const textOf = (k: number) => [0, 1, 2].map(j => LINKING_SENTENCES[(k * 5 + j * 2) % LINKING_SENTENCES.length]).join(' ');

/** Counts the messages the worker is sent. */
class CountingLinker extends LinkWorker {
  sent: { articles: number; reset: boolean; more: boolean }[] = [];
  link(req: Parameters<LinkWorker['link']>[0]): Promise<LinkReply> {
    this.sent.push({ articles: req.updates.length, reset: !!req.reset, more: !!req.more });
    return super.link(req);
  }
}

test('a corpus loaded with links held is linked once released, in parts, as an in-thread link links it', async () => {
  const linker = new CountingLinker(WORKER);
  try {
    const held = new CorpusIndex({ linker, analyse });
    held.holdLinks = true;
    for (let k = 0; k < N; k++) held.setNow(uriOf(k), `a${k}.news.txt`, textOf(k));
    void held.linked; // a request (diagnostics) while held answers from the last link: none
    assert.equal(held.relinks, 0, 'no link while held');
    assert.equal(linker.sent.length, 0);
    held.holdLinks = false;
    await held.linkSettled();
    assert.equal(held.relinks, 1, 'one link for the corpus');
    // (parts of a hundred: the LSP thread makes each message, and a request waits behind it)
    assert.equal(REBUILD_CHUNK, 100);
    assert.deepEqual(linker.sent, [
      { articles: 100, reset: true, more: true },
      ...Array.from({ length: 22 }, () => ({ articles: 100, reset: false, more: true })),
      { articles: 50, reset: false, more: false },
    ]);
    const inThread = new CorpusIndex({ analyse });
    for (let k = 0; k < N; k++) inThread.setNow(uriOf(k), `a${k}.news.txt`, textOf(k));
    assert.deepEqual(view(held), view(inThread));
    // and an edit after it links incrementally, as in this thread
    const edit = textOf(3) + ' Spokeswoman Quennevieve Marchbanks declined to comment.';
    held.setNow(uriOf(3), 'a3.news.txt', edit);
    inThread.setNow(uriOf(3), 'a3.news.txt', edit);
    void held.linked;
    await held.linkSettled();
    assert.deepEqual(view(held), view(inThread));
    assert.ok((view(held) as { entities: { name: string }[] }).entities.some(e => e.name === 'Quennevieve Marchbanks'));
  } finally {
    await linker.close();
  }
});

test('a link answer crosses threads with each entity id once: read back, it is the answer', () => {
  const reply: LinkReply = {
    seq: 7,
    delta: {
      changed: [['file:///a', ['person:a', 'gpe:b', 'person:a']], ['file:///b', []], ['file:///c', ['gpe:b']]],
      upserts: [], removed: ['org:c'], order: [['person:a', 'file:///a', 0]], reset: true,
    },
  };
  const wire = toWire(reply);
  assert.deepEqual(wire.delta!.ids, ['person:a', 'gpe:b']);
  assert.deepEqual(wire.delta!.changed, [['file:///a', [0, 1, 0]], ['file:///b', []], ['file:///c', [1]]]);
  assert.deepEqual(fromWire(structuredClone(wire)), reply);
  assert.deepEqual(fromWire(toWire({ seq: 8, error: 'boom' })), { seq: 8, error: 'boom' });
});

test('a link request crosses threads as columns over one table of its strings: read back, it is the request', () => {
  const a: LinkForm[] = [
    { type: 'PERSON', key: 'Ellen Carrick', text: 'Ellen Carrick' },
    { type: 'PERSON', key: 'Ellen Carrick', text: 'Carrick', isolated: false },
    { type: 'PLACE', key: 'Dunmore', text: 'Dunmore', isolated: true },
  ];
  const b: LinkForm[] = [{ type: 'ORG', key: 'Dunmore Council', text: 'the Dunmore Council' }, { type: 'PLACE', key: 'Dunmore', text: 'Dunmore' }];
  const updates: [string, readonly LinkForm[] | null][] = [['file:///a', a], ['file:///gone', null], ['file:///empty', []], ['file:///b', b]];
  const packed = packForms(updates);
  // each string once, each mention four numbers, an article gone as -1
  assert.deepEqual(packed.strings, ['Ellen Carrick', 'PERSON', 'Carrick', 'Dunmore', 'PLACE', 'Dunmore Council', 'ORG', 'the Dunmore Council']);
  assert.deepEqual([...packed.counts], [3, -1, 0, 2]);
  assert.equal(packed.cols.length, 5 * 4);
  const back = unpackForms(structuredClone(packed));
  assert.deepEqual(back, updates);
  // (an unset `isolated` stays unset: linking tells it from false by truthiness, but a copy says what it was given)
  assert.ok(!('isolated' in back[0][1]![0]));
});

/**
 * The spelling check off the main thread: loading the dictionaries takes most of a second and
 * checking a long caption a few milliseconds, neither of which may delay a keystroke. The
 * dictionary text is bundled into this worker (Vite `?raw`), so it works from the Electron
 * file:// page and the loopback web page alike, with no fetch.
 */
import nspell from 'nspell';
import enAff from '../../../../../resources/dictionaries/en/en_US.aff?raw';
import enDic from '../../../../../resources/dictionaries/en/en_US.dic?raw';
import idAff from '../../../../../resources/dictionaries/id/id_ID.aff?raw';
import idDic from '../../../../../resources/dictionaries/id/id_ID.dic?raw';
import customWords from '../../../../../resources/dictionaries/custom-id.txt?raw';
import informalWords from '../../../../../resources/dictionaries/informal-id.txt?raw';
import { parseWordList, Speller } from './speller';
import type { SpellReply, SpellRequest } from './spellProtocol';

// Typed through the DOM lib the renderer compiles with; in a worker `self` is the worker scope.
const reply = (m: SpellReply) => self.postMessage(m);

let speller: Speller | null = null;
let glossary: string[] = [];
// Checks queue up while the dictionaries load or the user types; per editor (channel) only
// the newest text matters.
const pending = new Map<string, { id: number; text: string }>();
let scheduled = false;

function run() {
  scheduled = false;
  if (!speller) return;
  for (const [channel, { id, text }] of pending) reply({ type: 'checked', channel, id, items: speller.check(text) });
  pending.clear();
}

self.onmessage = (e: MessageEvent<SpellRequest>) => {
  const m = e.data;
  if (m.type === 'glossary') {
    glossary = m.words;
    speller?.setGlossary(glossary);
  } else if (m.type === 'check') {
    pending.set(m.channel, { id: m.id, text: m.text });
    if (!scheduled) {
      scheduled = true;
      setTimeout(run, 0);
    }
  } else if (m.type === 'suggest') {
    reply({ type: 'suggested', id: m.id, suggestions: speller ? speller.suggest(m.word) : [] });
  }
};

try {
  // hunspell-id is declared ISO-8859-1 but is pure ASCII (a unit test keeps it so), so the
  // UTF-8 text Vite bundles is the same text.
  speller = new Speller([nspell(idAff, idDic), nspell(enAff, enDic)], [...parseWordList(customWords), ...parseWordList(informalWords)]);
  speller.setGlossary(glossary);
  reply({ type: 'ready' });
  run();
} catch (err) {
  reply({ type: 'failed', message: (err as Error).message });
}

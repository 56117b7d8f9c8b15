// Folding a name for comparison, apart from the gazetteer (gazetteer.ts): it needs no data, and the
// LSP thread, which folds names but never looks them up, then never builds the gazetteer's tables
// (some 18 MB of heap from its word lists, places and names).
import { detached } from './detached';

/** Folds a name for comparison: case, diacritics, dots, apostrophe styles and hyphens. */
const foldMemo = new Map<string, string>();
export function fold(name: string): string {
  let v = foldMemo.get(name);
  if (v === undefined) { v = detached(computeFold(name)); if (foldMemo.size > 100000) foldMemo.clear(); foldMemo.set(detached(name), v); }
  return v;
}
/** fold() without its memo: for a name looked up once, whose fold is not worth keeping (the villages' search). */
export function foldOnce(name: string): string { return foldMemo.get(name) ?? computeFold(name); }
// Latin letters that Unicode does not decompose into a base letter and a mark ("Łódź", "Ørsted").
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ħ: 'h', Ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ð: 'd', Ð: 'd' };
const UNDECOMPOSED_RE = /[łŁøØđĐħĦıßæÆœŒþÞðÐ]/g;
export const NON_ASCII = /[^\u0000-\u007f]/;
function computeFold(name: string): string {
  // most names are plain ASCII, which normalizing and the letter maps leave as they are
  const base = NON_ASCII.test(name) ? name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(UNDECOMPOSED_RE, c => UNDECOMPOSED[c]) : name;
  // ("Hawaiʻi", "ʻOfa", "Sanʿaʾ": the ʻokina and the marks for ayin and hamza are left out, as most spellings do)
  return base.replace(/[’‘`]/g, "'").replace(/[.ʻʼʽʾʿ]/g, '').replace(/[-‐–]/g, ' ').toLowerCase().replace(/\s+/g, ' ').trim();
}


import { DEFAULT_SETTINGS, NewsLensSettings } from './workspace';

/**
 * The user's newsLens.* settings checked against the shape of the defaults: a value of the wrong
 * type (a string where a list of globs belongs, "yes" for a boolean, a list holding a number) is
 * reported and its default used; the rest of the settings still apply. Unknown keys are ignored.
 */
export function checkSettings(raw: unknown): { settings: NewsLensSettings; problems: string[] } {
  const problems: string[] = [];
  const given = isObject(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isObject(raw)) problems.push(`newsLens settings must be an object, not ${describe(raw)}; using the defaults`);
  const settings = {} as Record<string, Record<string, unknown>>;
  for (const [group, defaults] of Object.entries(DEFAULT_SETTINGS) as [string, Record<string, unknown>][]) {
    const g = given[group];
    if (g !== undefined && g !== null && !isObject(g)) problems.push(`newsLens.${group} must be an object, not ${describe(g)}; using its defaults`);
    const values = isObject(g) ? g : {};
    settings[group] = {};
    for (const [key, fallback] of Object.entries(defaults)) {
      const v = values[key];
      const ok = v === undefined || (Array.isArray(fallback) ? Array.isArray(v) && v.every(x => typeof x === 'string') : typeof v === typeof fallback);
      if (!ok) problems.push(`newsLens.${group}.${key} must be ${Array.isArray(fallback) ? 'a list of strings' : `a ${typeof fallback}`}, not ${describe(v)}; using the default ${JSON.stringify(fallback)}`);
      settings[group][key] = ok && v !== undefined ? v : fallback;
    }
  }
  return { settings: settings as unknown as NewsLensSettings, problems };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown) => { const s = JSON.stringify(v); return s === undefined ? String(v) : s.length > 60 ? s.slice(0, 57) + '…' : s; };

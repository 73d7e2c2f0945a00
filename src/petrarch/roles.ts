/** What a dictionary file holds. */
export type DictionaryRole = 'actors' | 'agents' | 'discards' | 'verbs' | 'issues';

export const CONFIG_FILE = 'PETR_config.ini';

const IGNORED = /(^\.|^readme|\.(md|ini|json|log|py|pyc|xml|pdf)$)/i;

/**
 * The role of a file from its name: `*actors*`, `*agents*`, `*discards*`, `*issue*`, and
 * `*verbs*` or `CAMEO*` for verbs (PETRARCH's own names, e.g. `Phoenix.Countries.actors.txt`,
 * `CAMEO.2.0.txt`). Null for anything else.
 */
export function roleFromName(name: string): DictionaryRole | null {
  if (IGNORED.test(name)) return null;
  const lower = name.toLowerCase();
  if (lower.includes('actor')) return 'actors';
  if (lower.includes('agent')) return 'agents';
  if (lower.includes('discard')) return 'discards';
  if (lower.includes('issue')) return 'issues';
  if (lower.includes('verb') || lower.startsWith('cameo')) return 'verbs';
  return null;
}

export interface DictionarySelection {
  readonly actors: readonly string[];
  readonly agents: readonly string[];
  readonly discards: readonly string[];
  readonly verbs: readonly string[];
  readonly issues: readonly string[];
  /** Why a file was left out or a choice was made, for the load report. */
  readonly notes: readonly string[];
}

/**
 * Files by role from a folder listing. Several actor, agent, discard or issue files are all
 * loaded (in name order); of several verb files only the one whose name sorts last is used —
 * dated names (`CAMEO.verbpatterns.150430.txt`) sort oldest first, and in the PETRARCH validation
 * folder `PETR.Validate.verbs.txt` sorts after `PETR.Validate.verbs.2.0.txt`.
 */
export function selectByName(names: readonly string[]): DictionarySelection {
  const byRole: Record<DictionaryRole, string[]> = { actors: [], agents: [], discards: [], verbs: [], issues: [] };
  const notes: string[] = [];
  for (const name of [...names].sort()) {
    const role = roleFromName(name);
    if (role) byRole[role].push(name);
    else if (!IGNORED.test(name)) notes.push(`${name}: not a dictionary name (actors, agents, discards, verbs, issues, CAMEO); ignored`);
  }
  if (byRole.verbs.length > 1) {
    const chosen = byRole.verbs[byRole.verbs.length - 1]!;
    notes.push(`several verb files (${byRole.verbs.join(', ')}); using ${chosen} — name it in ${CONFIG_FILE} to choose another`);
    byRole.verbs = [chosen];
  }
  return { ...byRole, notes };
}

/**
 * Reads the `[Dictionaries]` section of a PETRARCH config file: `verbfile_name`,
 * `actorfile_list` (comma-separated, may continue on indented lines), `agentfile_name`,
 * `discardfile_name`, `issuefile_name`.
 */
export function selectFromConfig(text: string): DictionarySelection {
  const values = readIniSection(text, 'Dictionaries');
  const list = (key: string) =>
    (values.get(key) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  return {
    actors: list('actorfile_list'),
    agents: list('agentfile_name'),
    discards: list('discardfile_name'),
    verbs: list('verbfile_name'),
    issues: list('issuefile_name'),
    notes: [`files chosen by ${CONFIG_FILE}`],
  };
}

function readIniSection(text: string, section: string): Map<string, string> {
  const values = new Map<string, string>();
  let inSection = false;
  let lastKey: string | null = null;
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*[#;]/.test(raw) || raw.trim().length === 0) continue;
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(raw);
    if (header) {
      inSection = header[1]!.trim().toLowerCase() === section.toLowerCase();
      lastKey = null;
      continue;
    }
    if (!inSection) continue;
    if (/^\s/.test(raw) && lastKey) {
      values.set(lastKey, `${values.get(lastKey)} ${raw.trim()}`);
      continue;
    }
    const m = /^\s*([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
    if (m) {
      lastKey = m[1]!.toLowerCase();
      values.set(lastKey, m[2]!.trim());
    }
  }
  return values;
}

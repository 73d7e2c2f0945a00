import type { Dyad } from '../dyad.js';
import type { Store } from '../store/index.js';
import type { CoderInfo } from './coder-info.js';

/** What the route handlers share. */
export interface ServerContext {
  readonly store: Store;
  /** The database file, for read-only connections that stream exports. */
  readonly dbFile: string;
  /** The coder, loaded once on first use (loading the tagger takes a moment). */
  readonly dyad: () => Dyad;
  /** What the coder codes with (GET /api/coder), answered without loading it when it is not loaded yet. */
  readonly coder: () => CoderInfo;
  readonly clusterByDefault: boolean;
  readonly version: string;
}

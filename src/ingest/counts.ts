export interface IngestCounts {
  /** Inputs read (documents and bad inputs). */
  read: number;
  added: number;
  recoded: number;
  unchanged: number;
  rejected: number;
  interrupted: boolean;
  elapsedMs: number;
}

export function emptyCounts(): IngestCounts {
  return { read: 0, added: 0, recoded: 0, unchanged: 0, rejected: 0, interrupted: false, elapsedMs: 0 };
}

/** Documents finished one way or another. */
export function finished(counts: IngestCounts): number {
  return counts.added + counts.recoded + counts.unchanged + counts.rejected;
}

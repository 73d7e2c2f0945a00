import type { CodedDocument } from '../contract/types.js';
import type { DocMeta } from '../core/doc.js';
import { toAcledRows, ACLED_COLUMNS } from './acled.js';
import { formatCsvRecord } from './csv-format.js';
import { CSV_COLUMNS, toCsvRows } from './csv.js';
import { formatGdeltRow, toGdeltRows } from './gdelt.js';
import { loadAcledMapping, loadIsoFips, loadPloverQuads } from './load-tables.js';
import { toPloverRecords } from './plover.js';

export const EXPORT_FORMATS = ['csv', 'gdelt', 'acled', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where text goes (a stream write that waits for drain). */
export type Sink = (text: string) => Promise<void>;

export interface ExportWriter {
  document(doc: CodedDocument, meta?: DocMeta): Promise<void>;
  end(): Promise<void>;
}

/**
 * Streams documents out as csv (header + one event per row), gdelt (61 tab-separated columns,
 * no header, GLOBALEVENTID counted from 1 in input order), acled (CSV with ACLED's header) or
 * plover (JSONL, one PLOVER record per line). Tables are loaded once, on creation.
 */
export function createExportWriter(format: ExportFormat, sink: Sink): ExportWriter {
  const end = async (): Promise<void> => {};
  switch (format) {
    case 'csv': {
      let header = false;
      return {
        async document(doc, meta) {
          const head = header ? '' : formatCsvRecord(CSV_COLUMNS);
          header = true;
          await sink(head + toCsvRows(doc, meta).map(formatCsvRecord).join(''));
        },
        end: () => (header ? Promise.resolve() : sink(formatCsvRecord(CSV_COLUMNS))),
      };
    }
    case 'gdelt': {
      const fips = loadIsoFips();
      let nextId = 1;
      return {
        async document(doc, meta) {
          const rows = toGdeltRows(doc, { fips, firstId: nextId, ...(meta ? { meta } : {}) });
          nextId += rows.length;
          await sink(rows.map(formatGdeltRow).join(''));
        },
        end,
      };
    }
    case 'acled': {
      const options = { mapping: loadAcledMapping(), fips: loadIsoFips() };
      let header = false;
      return {
        async document(doc, meta) {
          const head = header ? '' : formatCsvRecord(ACLED_COLUMNS);
          header = true;
          await sink(head + toAcledRows(doc, { ...options, ...(meta ? { meta } : {}) }).map(formatCsvRecord).join(''));
        },
        end: () => (header ? Promise.resolve() : sink(formatCsvRecord(ACLED_COLUMNS))),
      };
    }
    case 'plover': {
      const options = { quads: loadPloverQuads(), fips: loadIsoFips() };
      return {
        async document(doc, meta) {
          const records = toPloverRecords(doc, { ...options, ...(meta ? { meta } : {}) });
          await sink(records.map((record) => `${JSON.stringify(record)}\n`).join(''));
        },
        end,
      };
    }
  }
}

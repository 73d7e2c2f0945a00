import type { ActorRef, CodedDocument, OutActor, OutEvent } from '../contract/types.js';
import type { DocMeta } from '../core/doc.js';
import { toCell } from './csv-format.js';
import { pickEventDay } from './evidence.js';
import { EMPTY_GEO, findEventPlace, toGeoColumns } from './gdelt-geo.js';
import type { IsoFips } from './iso-fips.js';

/** GDELT 2.0 event table: 61 columns, in this order (../shared/formats/gdelt.md). */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

function actorColumns(prefix: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map(
    (name) => `${prefix}${name}`,
  );
}

function geoColumns(prefix: string): string[] {
  return ['_Type', '_FullName', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map((name) => `${prefix}${name}`);
}

export interface GdeltOptions {
  readonly fips: IsoFips;
  /** GLOBALEVENTID of the document's first event; the writer counts on from run to run of documents. */
  readonly firstId: number;
  readonly meta?: DocMeta;
}

/** Sentences 0 and 1: the headline and the lead of a dateline article (GDELT's "lead sentence(s)"). */
const ROOT_SENTENCES = 2;

/** CAMEO non-state prefixes: GDELT puts them in the type column and the group after them in KnownGroupCode. */
const NON_STATE = new Set(['IGO', 'NGO', 'NGM', 'IMG', 'MNC']);

function actorCells(ref: ActorRef | null, actors: readonly OutActor[]): string[] {
  if (ref === null) return ['', '', '', '', '', '', '', '', '', ''];
  const prefix = ref.code.slice(0, 3);
  if (NON_STATE.has(prefix)) return [ref.code, ref.name.toUpperCase(), '', ref.code.slice(3, 6), '', '', '', prefix, '', ''];
  const actor = actors.find((candidate) => candidate.id === ref.actor);
  const country = actor?.country ?? (ref.code.length >= 3 ? prefix : '');
  const sector = actor?.sector ?? (ref.code.length >= 6 ? ref.code.slice(3, 6) : '');
  return [ref.code, ref.name.toUpperCase(), country, '', '', '', '', sector, '', ''];
}

/** GDELT's FractionDate: year + (month × 30 + day) / 365, four decimals. */
function computeFractionDate(year: number, month: number, day: number): string {
  return (year + (month * 30 + day) / 365).toFixed(4);
}

function toDateCells(day: string | null): string[] {
  if (day === null) return ['', '', '', ''];
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const compact = day.replace(/-/g, '');
  return [compact, compact.slice(0, 6), String(year), computeFractionDate(year, month, date)];
}

/** Events with the same dyad and code in one article: GDELT counts those as mentions of one event. */
function countMentions(doc: CodedDocument, event: OutEvent): number {
  const key = (item: OutEvent): string => `${item.source?.code ?? ''}|${item.target?.code ?? ''}|${item.cameo}`;
  return doc.events.filter((item) => key(item) === key(event)).length;
}

/**
 * One GDELT row per event. No tone is computed (AvgTone empty), actor geo is not assigned
 * (type 0), DATEADDED is the article's dateline at 00:00:00 (no clock), SOURCEURL is the
 * document's url or, lacking one, its id.
 */
export function toGdeltRows(doc: CodedDocument, options: GdeltOptions): string[][] {
  return doc.events.map((event, index) => {
    const day = pickEventDay(doc, event);
    const base = event.cameo.length >= 3 ? event.cameo.slice(0, 3) : `${event.cameo}0`;
    const place = event.place ? findEventPlace(doc, event.place.place) : null;
    const actionGeo = event.place
      ? toGeoColumns(
          place ?? { id: event.place.place, name: event.place.name, country: null, admin1: null, lat: null, lon: null, geonameid: null, mentions: [] },
          options.fips,
          event.place.lat,
          event.place.lon,
        )
      : EMPTY_GEO;
    return [
      String(options.firstId + index),
      ...toDateCells(day),
      ...actorCells(event.source, doc.actors),
      ...actorCells(event.target, doc.actors),
      event.sentence < ROOT_SENTENCES ? '1' : '0',
      event.cameo,
      base,
      event.cameo.slice(0, 2),
      String(event.quadClass),
      toCell(event.goldstein),
      String(countMentions(doc, event)),
      '1',
      '1',
      '',
      ...EMPTY_GEO,
      ...EMPTY_GEO,
      ...actionGeo,
      doc.date === null ? '' : `${doc.date.replace(/-/g, '')}000000`,
      options.meta?.url ?? doc.id,
    ];
  });
}

/** Tab-separated, no header; tabs and line breaks inside a value become spaces. */
export function formatGdeltRow(cells: readonly string[]): string {
  return `${cells.map((value) => value.replace(/[\t\r\n]+/g, ' ')).join('\t')}\n`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Reads a TABARI date: YYYYMMDD, or YYMMDD where 00–30 mean 20YY and 31–99 mean 19YY (the
 * KEDS/TABARI convention). Returns YYYYMMDD as an integer, or null when it is not a real day.
 */
export function parseDictionaryDate(text: string): number | null {
  if (!/^\d{6}(\d{2})?$/.test(text)) return null;
  let year: number;
  let rest: string;
  if (text.length === 8) {
    year = Number(text.slice(0, 4));
    rest = text.slice(4);
  } else {
    const yy = Number(text.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = text.slice(2);
  }
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return year * 10000 + month * 100 + day;
}

/** `2005-01-15` → 20050115 (null for anything else), for comparing a document date with restrictions. */
export function isoToDateNumber(iso: string | null): number | null {
  if (iso === null || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

function daysIn(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1]!;
}

/** 20050115 → `2005-01-15`; null stays null. */
export function isoFromDateNumber(date: number | null): string | null {
  if (date === null) return null;
  const s = String(date).padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

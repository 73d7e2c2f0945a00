/** Colours: actors by sector (a fixed set for the common CAMEO sectors, a hashed hue otherwise), events by quad class. */
const SECTORS: Record<string, string> = {
  GOV: '#cfe2ff', MIL: '#ffd8a8', COP: '#ffe066', REB: '#ffc9c9', INS: '#ffc9c9', OPP: '#e5dbff', PTY: '#d3f9d8',
  CVL: '#c5f6fa', JUD: '#eebefa', LEG: '#dbe4ff', MED: '#fff3bf', BUS: '#e9ecef', NGO: '#c3fae8', IGO: '#d0ebff', REF: '#fcc2d7',
};

export function sectorColour(sector: string | null): string {
  if (!sector) return '#e9ecef';
  const known = SECTORS[sector];
  if (known) return known;
  let hash = 0;
  for (const char of sector) hash = (hash * 31 + char.charCodeAt(0)) % 360;
  return `hsl(${hash} 80% 88%)`;
}

export const QUAD_LABELS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'] as const;
export const QUAD_COLOURS = ['#74c0fc', '#1971c2', '#ffa8a8', '#c92a2a'] as const;
export const COOPERATION = '#2b8a3e';
export const CONFLICT = '#c92a2a';

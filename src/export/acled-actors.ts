import type { ActorRef, CodedDocument } from '../contract/types.js';
import type { AcledType } from './acled-mapping.js';

/** ACLED inter codes: 1 State forces … 8 External/Other forces; 0 = no actor. */
export const INTER = { none: 0, state: 1, rebel: 2, militia: 3, identityMilitia: 4, rioters: 5, protesters: 6, civilians: 7, other: 8 } as const;

const STATE_NAMES: Readonly<Record<string, string>> = {
  MIL: 'Military Forces of',
  COP: 'Police Forces of',
  GOV: 'Government of',
  SPY: 'Intelligence Services of',
};

/** CAMEO sector → ACLED inter code (rebels, militias, civilians; state sectors are 1). */
const SECTOR_INTER: Readonly<Record<string, number>> = {
  MIL: INTER.state, COP: INTER.state, GOV: INTER.state, SPY: INTER.state, JUD: INTER.state, LEG: INTER.state,
  REB: INTER.rebel, INS: INTER.rebel, SEP: INTER.rebel,
  UAF: INTER.militia, PRM: INTER.militia,
  CVL: INTER.civilians, REF: INTER.civilians, EDU: INTER.civilians, MED: INTER.civilians, HLH: INTER.civilians,
};

export interface AcledActor {
  readonly name: string;
  readonly inter: number;
}

function sectorOf(doc: CodedDocument, ref: ActorRef): { country: string | null; sector: string | null } {
  const actor = doc.actors.find((candidate) => candidate.id === ref.actor);
  return {
    country: actor?.country ?? (ref.code.length >= 3 ? ref.code.slice(0, 3) : null),
    sector: actor?.sector ?? (ref.code.length >= 6 ? ref.code.slice(3, 6) : null),
  };
}

/**
 * An actor in ACLED's naming style: state forces as "Military Forces of <Country>", civilians as
 * "Civilians (<Country>)", the acting side of a protest or riot as "Protesters/Rioters (<Country>)";
 * other actors keep their Dyad name. ACLED's "(period)" suffixes are not known to Dyad and are left out.
 */
export function toAcledActor(
  doc: CodedDocument,
  ref: ActorRef | null,
  role: 'actor1' | 'actor2',
  type: AcledType,
  countryName: (code: string | null) => string | null,
): AcledActor {
  if (ref === null) {
    if (role === 'actor2') return { name: '', inter: INTER.none };
    return type.eventType === 'Protests' || type.eventType === 'Riots'
      ? crowd(type, null)
      : { name: 'Unidentified Armed Group', inter: INTER.other };
  }
  const { country, sector } = sectorOf(doc, ref);
  const where = countryName(country);
  if (role === 'actor1' && (type.eventType === 'Protests' || type.eventType === 'Riots') && sector !== null && SECTOR_INTER[sector] !== INTER.state) {
    return crowd(type, where);
  }
  const state = sector ? STATE_NAMES[sector] : undefined;
  if (state && where) return { name: `${state} ${where}`, inter: INTER.state };
  if (sector !== null && SECTOR_INTER[sector] === INTER.civilians) return { name: where ? `Civilians (${where})` : 'Civilians', inter: INTER.civilians };
  return { name: ref.name, inter: (sector !== null ? SECTOR_INTER[sector] : undefined) ?? INTER.other };
}

function crowd(type: AcledType, where: string | null): AcledActor {
  const riot = type.eventType === 'Riots';
  const name = riot ? 'Rioters' : 'Protesters';
  return { name: where ? `${name} (${where})` : name, inter: riot ? INTER.rioters : INTER.protesters };
}

/** ACLED's interaction code: the two inter codes, lower first (10 for a one-sided state action). */
export function formatInteraction(inter1: number, inter2: number): string {
  if (inter2 === INTER.none) return `${inter1}0`;
  return inter1 <= inter2 ? `${inter1}${inter2}` : `${inter2}${inter1}`;
}

import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json';
import { svg } from './dom.js';

export const MAP_WIDTH = 720;
export const MAP_HEIGHT = 360;

/** Equirectangular projection onto the map's viewBox. */
export function project(lon: number, lat: number): { x: number; y: number } {
  return { x: ((lon + 180) / 360) * MAP_WIDTH, y: ((90 - lat) / 180) * MAP_HEIGHT };
}

/** The world's countries (Natural Earth 1:110m via world-atlas, bundled) as one SVG: no tiles, no network. */
export function createBasemap(): SVGElement {
  const topology = countries as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const chart = svg('svg', { viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`, role: 'group', 'aria-label': 'Map of events', class: 'chart map', 'data-testid': 'map' });
  chart.append(svg('rect', { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT, class: 'sea' }));
  for (const country of collection.features) {
    const d = toPath(country.geometry);
    if (d) chart.append(svg('path', { d, class: 'land' }, svg('title', {}, country.properties?.name ?? '')));
  }
  return chart;
}

type Ring = number[][];

function toPath(geometry: { type: string; coordinates?: unknown } | null): string {
  if (!geometry) return '';
  const polygons: Ring[][] = geometry.type === 'Polygon' ? [geometry.coordinates as Ring[]] : geometry.type === 'MultiPolygon' ? (geometry.coordinates as Ring[][]) : [];
  let d = '';
  for (const polygon of polygons) {
    for (const ring of polygon) {
      ring.forEach((point, i) => {
        const { x, y } = project(point[0] ?? 0, point[1] ?? 0);
        d += `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
      });
      d += 'Z';
    }
  }
  return d;
}

/**
 * Deterministic layouts for the factor map: the same review and width always give the same
 * coordinates (no randomness, no force simulation, no reliance on object key order beyond
 * the review's own order). Everything here is plain arithmetic over arrays, so 300 factors
 * and 600 links lay out in a few milliseconds and never block the main thread.
 */
import { FACTOR_LEVELS, factorCategories, type Review, type Taxonomy } from '@slk/sdk';

export type Factor = Review['contributoryFactors'][number];
export type FactorLevel = Factor['level'];

export const LEVELS: readonly FactorLevel[] = FACTOR_LEVELS.codes;

export interface MapNode {
  /** `factor:<id>`, `kpe:<id>` or `pattern:<id>`. */
  readonly key: string;
  readonly kind: 'factor' | 'kpe' | 'pattern';
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** For factors: the band (level) index and the position in reading order within it. */
  readonly band: number;
  readonly order: number;
}

export interface MapLink {
  readonly from: string;
  readonly to: string;
  readonly kind: 'kpe' | 'pattern';
}

export interface MapBand {
  readonly level: FactorLevel;
  readonly y: number;
  readonly height: number;
  readonly count: number;
}

export interface LevelsLayout {
  readonly width: number;
  readonly height: number;
  readonly bands: readonly MapBand[];
  readonly nodes: readonly MapNode[];
  readonly links: readonly MapLink[];
  /** Factor nodes by band, in reading order (left to right, then down). */
  readonly rows: readonly (readonly MapNode[])[];
  /** The episode and pattern column, top to bottom. */
  readonly column: readonly MapNode[];
  readonly byKey: ReadonlyMap<string, MapNode>;
}

export const MAP = {
  labelWidth: 132,
  columnWidth: 212,
  nodeWidth: 196,
  nodeHeight: 56,
  gapX: 14,
  gapY: 12,
  bandPadding: 14,
  columnGap: 56,
  minWidth: 640,
} as const;

/**
 * The levels map: one band per level, factors as nodes in their band, and a column on the
 * right with the key practice episodes and the patterns the factors feed.
 *
 * Within a band factors are ordered by the mean position of what they link to (episodes,
 * then patterns), then by title and id: links cross less, and the order is stable.
 */
export function layoutLevels(review: Pick<Review, 'contributoryFactors' | 'keyPracticeEpisodes' | 'patterns'>, width: number): LevelsLayout {
  const w = Math.max(MAP.minWidth, Math.floor(width));
  const kpes = review.keyPracticeEpisodes;
  const patterns = review.patterns;
  const kpeIndex = new Map(kpes.map((k, i) => [k.id, i]));
  const patternIndex = new Map(patterns.map((p, i) => [p.id, kpes.length + i]));
  const patternsOf = new Map<string, string[]>();
  for (const pattern of patterns) {
    for (const factorId of pattern.factorIds) {
      const list = patternsOf.get(factorId) ?? [];
      list.push(pattern.id);
      patternsOf.set(factorId, list);
    }
  }
  const weight = (factor: Factor): number => {
    const positions = [
      ...factor.kpeIds.map((id) => kpeIndex.get(id)).filter((n): n is number => n !== undefined),
      ...(patternsOf.get(factor.id) ?? []).map((id) => patternIndex.get(id)!),
    ];
    return positions.length ? positions.reduce((a, b) => a + b, 0) / positions.length : Number.MAX_SAFE_INTEGER;
  };

  const plotLeft = MAP.labelWidth;
  const columnX = w - MAP.columnWidth;
  const plotWidth = columnX - MAP.columnGap - plotLeft;
  const perRow = Math.max(1, Math.floor((plotWidth + MAP.gapX) / (MAP.nodeWidth + MAP.gapX)));

  const nodes: MapNode[] = [];
  const rows: MapNode[][] = [];
  const bands: MapBand[] = [];
  let y = 0;
  LEVELS.forEach((level, band) => {
    const inBand = review.contributoryFactors
      .filter((f) => f.level === level)
      .map((f) => ({ f, weight: weight(f) }))
      .sort((a, b) => a.weight - b.weight || compareText(a.f.title, b.f.title) || compareText(a.f.id, b.f.id));
    const lines = Math.max(1, Math.ceil(inBand.length / perRow));
    const height = MAP.bandPadding * 2 + lines * MAP.nodeHeight + (lines - 1) * MAP.gapY;
    const row: MapNode[] = inBand.map(({ f }, order) => {
      const line = Math.floor(order / perRow);
      const col = order % perRow;
      return {
        key: `factor:${f.id}`,
        kind: 'factor',
        id: f.id,
        x: plotLeft + col * (MAP.nodeWidth + MAP.gapX),
        y: y + MAP.bandPadding + line * (MAP.nodeHeight + MAP.gapY),
        width: MAP.nodeWidth,
        height: MAP.nodeHeight,
        band,
        order,
      };
    });
    bands.push({ level, y, height, count: inBand.length });
    rows.push(row);
    nodes.push(...row);
    y += height;
  });

  // The column: episodes, then patterns, spread over the height of the bands.
  const columnItems = [...kpes.map((k) => ({ kind: 'kpe' as const, id: k.id })), ...patterns.map((p) => ({ kind: 'pattern' as const, id: p.id }))];
  const slot = MAP.nodeHeight + MAP.gapY;
  const columnHeight = columnItems.length * slot;
  const top = Math.max(MAP.bandPadding, Math.round((y - columnHeight) / 2));
  const column: MapNode[] = columnItems.map((item, order) => ({
    key: `${item.kind}:${item.id}`,
    kind: item.kind,
    id: item.id,
    x: columnX,
    // A gap between the episodes and the patterns keeps the two groups apart.
    y: top + order * slot + (item.kind === 'pattern' && kpes.length ? MAP.gapY * 2 : 0),
    width: MAP.columnWidth - 8,
    height: MAP.nodeHeight,
    band: -1,
    order,
  }));
  nodes.push(...column);
  const height = Math.max(y, (column.at(-1)?.y ?? 0) + MAP.nodeHeight + MAP.bandPadding);

  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const links: MapLink[] = [];
  for (const factor of review.contributoryFactors) {
    for (const kpeId of factor.kpeIds) {
      if (byKey.has(`kpe:${kpeId}`)) links.push({ from: `factor:${factor.id}`, to: `kpe:${kpeId}`, kind: 'kpe' });
    }
    for (const patternId of patternsOf.get(factor.id) ?? []) links.push({ from: `factor:${factor.id}`, to: `pattern:${patternId}`, kind: 'pattern' });
  }
  return { width: w, height, bands, nodes, links, rows, column, byKey };
}

export interface Bone {
  readonly category: string;
  readonly side: 'top' | 'bottom';
  /** Where the bone meets the spine. */
  readonly x: number;
  readonly factors: readonly { readonly id: string; readonly x: number; readonly y: number }[];
  readonly labelY: number;
}

export interface FishboneLayout {
  readonly width: number;
  readonly height: number;
  readonly spineY: number;
  readonly head: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly bones: readonly Bone[];
  /** Horizontal room each bone's factor labels have. */
  readonly spacing: number;
  /** Categories of the taxonomy with no factor in them, in code-list order. */
  readonly empty: readonly string[];
}

export const FISH = {
  headWidth: 200,
  headHeight: 80,
  boneSpacing: 190,
  labelGap: 26,
  itemHeight: 24,
  slant: 40,
  margin: 16,
} as const;

/**
 * A fishbone (Ishikawa) diagram for one episode or finding: one bone per category of the
 * chosen taxonomy that has factors, alternating above and below the spine, with the factors
 * listed along each bone. A factor tagged with several categories appears on each bone.
 */
export function layoutFishbone(factors: readonly Factor[], categories: readonly string[], taxonomy: Taxonomy, width: number): FishboneLayout {
  const byCategory = new Map<string, string[]>(categories.map((c) => [c, []]));
  for (const factor of factors) {
    for (const category of factorCategories(factor, taxonomy)) byCategory.get(category)?.push(factor.id);
  }
  const used = categories.filter((c) => byCategory.get(c)!.length);
  const empty = categories.filter((c) => !byCategory.get(c)!.length);
  const perSide = Math.ceil(used.length / 2);
  const tallest = Math.max(1, ...used.map((c) => byCategory.get(c)!.length));
  const sideHeight = FISH.labelGap + tallest * FISH.itemHeight + FISH.margin;
  const spineY = FISH.margin + sideHeight;
  const w = Math.max(MAP.minWidth, Math.floor(width), FISH.margin * 2 + FISH.slant + perSide * FISH.boneSpacing + FISH.headWidth);
  const headX = w - FISH.headWidth - FISH.margin;
  // Bones spread along the whole spine, never closer than boneSpacing.
  const spacing = Math.max(FISH.boneSpacing, Math.floor((headX - FISH.margin - FISH.slant) / Math.max(1, perSide)));
  const bones: Bone[] = used.map((category, i) => {
    const side = i % 2 === 0 ? 'top' : 'bottom';
    const x = FISH.margin + Math.floor(i / 2) * spacing + FISH.slant;
    const ids = byCategory.get(category)!;
    // The category's name sits at the far end of its bone; its factors run from there
    // towards the spine (above it) or from the spine outwards (below it).
    const labelY = side === 'top' ? spineY - sideHeight + FISH.margin : spineY + sideHeight - FISH.margin / 2;
    const firstY = side === 'top' ? labelY + FISH.labelGap : spineY + FISH.margin + FISH.itemHeight / 2;
    return { category, side, x, labelY, factors: ids.map((id, n) => ({ id, x: x + 8, y: firstY + n * FISH.itemHeight })) };
  });
  return {
    width: w,
    height: spineY * 2,
    spineY,
    head: { x: headX, y: spineY - FISH.headHeight / 2, width: FISH.headWidth, height: FISH.headHeight },
    bones,
    spacing,
    empty,
  };
}

/** Locale-independent comparison, so the order is the same in every browser and language. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

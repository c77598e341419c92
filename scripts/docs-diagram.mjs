// A small, deterministic layered layout for state diagrams, drawn as inline SVG: no
// dependency, no network, the same bytes for the same table.
//
// Layout (top to bottom): states are ranked by their longest path from the start; each edge
// gets a label slot in the row below its source and pass-through points in the rows it
// crosses; rows are ordered by barycentre sweeps and placed by averaging neighbours with a
// minimum separation. Self-loops are drawn on a state's right side.

const FONT = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', sans-serif";
const NODE_FONT = 15;
const SUB_FONT = 12;
const LABEL_FONT = 12;
const LINE = 1.35;
const NODE_PAD_X = 14;
const NODE_PAD_Y = 8;
const GAP = { node: 36, label: 18, dummy: 14 };
const ROW_GAP = 22;
const LOOP = 26;
const MARGIN = 16;

/** Approximate width of text in pixels: wide (CJK) characters take 1em, others about 0.6em. */
export function textWidth(text, size) {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0) >= 0x2e80 ? 1 : 0.6;
  return em * size;
}

function escapeXml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const n = (v) => String(Math.round(v * 10) / 10);

/**
 * @typedef {{ id: string, title: string, subtitle?: string, final?: boolean }} DiagramNode
 * @typedef {{ from: string | null, to: string, lines: string[] }} DiagramEdge  `from: null` is the start
 */

/**
 * Draws a state diagram as an SVG element (one element a line, no blank line, so that it can
 * sit in a Markdown page as an HTML block).
 * @param {{ id: string, title: string, description: string, nodes: DiagramNode[], edges: DiagramEdge[] }} diagram
 * @returns {string} the `<svg>` element
 */
export function stateDiagramSvg(diagram) {
  const START = '\u0000start';
  const nodeById = new Map(diagram.nodes.map((node) => [node.id, node]));
  const hasStart = diagram.edges.some((e) => e.from === null);
  for (const e of diagram.edges) {
    if (e.from !== null && !nodeById.has(e.from)) throw new Error(`Unknown state ${e.from}`);
    if (!nodeById.has(e.to)) throw new Error(`Unknown state ${e.to}`);
  }
  const ids = [...(hasStart ? [START] : []), ...diagram.nodes.map((node) => node.id)];
  const edges = diagram.edges.map((e, index) => ({ ...e, from: e.from ?? START, index }));
  const loops = edges.filter((e) => e.from === e.to);
  const links = edges.filter((e) => e.from !== e.to);

  // Ranks: longest path over the graph with back edges (found by DFS) reversed.
  const out = new Map(ids.map((id) => [id, links.filter((e) => e.from === id)]));
  const state = new Map();
  const reversed = new Set();
  const visit = (id) => {
    state.set(id, 'open');
    for (const e of out.get(id)) {
      if (state.get(e.to) === 'open') reversed.add(e);
      else if (!state.has(e.to)) visit(e.to);
    }
    state.set(id, 'done');
  };
  for (const id of ids) if (!state.has(id)) visit(id);
  const forward = links.map((e) => (reversed.has(e) ? { ...e, from: e.to, to: e.from, back: true } : { ...e, back: false }));
  const rank = new Map(ids.map((id) => [id, 0]));
  for (let changed = true, guard = 0; changed && guard <= ids.length; guard++) {
    changed = false;
    for (const e of forward) {
      if (rank.get(e.to) < rank.get(e.from) + 1) {
        rank.set(e.to, rank.get(e.from) + 1);
        changed = true;
      }
    }
  }

  // Items in rows: states on even rows, edge labels on the odd row below the source, and
  // pass-through points on every row an edge crosses.
  const rows = [];
  const put = (row, item) => {
    while (rows.length <= row) rows.push([]);
    rows[row].push(item);
    item.row = row;
    return item;
  };
  const items = new Map();
  for (const id of ids) {
    const node = nodeById.get(id);
    const size =
      id === START
        ? { w: 16, h: 16 }
        : {
            w: Math.max(textWidth(node.title, NODE_FONT), textWidth(node.subtitle ?? '', SUB_FONT)) + 2 * NODE_PAD_X,
            h: NODE_FONT * LINE + (node.subtitle ? SUB_FONT * LINE : 0) + 2 * NODE_PAD_Y,
          };
    const loopLines = loops.filter((e) => e.from === id).flatMap((e) => e.lines);
    const loopWidth = loopLines.length ? LOOP + 8 + Math.max(...loopLines.map((l) => textWidth(l, LABEL_FONT))) : 0;
    const loopHeight = loopLines.length * LABEL_FONT * LINE;
    items.set(
      id,
      put(2 * rank.get(id), { kind: 'node', id, left: size.w / 2, right: size.w / 2 + loopWidth, w: size.w, h: Math.max(size.h, loopHeight), boxH: size.h, loopLines, neighbours: [] }),
    );
  }
  const chains = forward.map((e) => {
    const chain = [items.get(e.from)];
    const labelWidth = Math.max(...e.lines.map((l) => textWidth(l, LABEL_FONT)));
    chain.push(put(2 * rank.get(e.from) + 1, { kind: 'label', left: 4, right: labelWidth + 8, h: e.lines.length * LABEL_FONT * LINE, lines: e.lines, neighbours: [] }));
    for (let row = 2 * rank.get(e.from) + 2; row < 2 * rank.get(e.to); row++) chain.push(put(row, { kind: 'dummy', left: 0, right: 0, h: 8, neighbours: [] }));
    chain.push(items.get(e.to));
    for (let i = 1; i < chain.length; i++) {
      chain[i - 1].neighbours.push(chain[i]);
      chain[i].neighbours.push(chain[i - 1]);
    }
    return { edge: e, chain };
  });

  // Order within rows: barycentre sweeps down and up, stable on ties.
  const position = (item) => rows[item.row].indexOf(item);
  const sortRow = (row, towards) => {
    const keyed = rows[row].map((item, index) => {
      const near = item.neighbours.filter((other) => other.row === row + towards);
      return { item, key: near.length ? near.reduce((sum, other) => sum + position(other), 0) / near.length : index, index };
    });
    keyed.sort((a, b) => a.key - b.key || a.index - b.index);
    rows[row] = keyed.map((k) => k.item);
  };
  for (let sweep = 0; sweep < 4; sweep++) {
    for (let row = 1; row < rows.length; row++) sortRow(row, -1);
    for (let row = rows.length - 2; row >= 0; row--) sortRow(row, +1);
  }

  // Horizontal placement: pack, then pull each item towards its neighbours' mean, keeping order
  // and separation.
  const gapBetween = (a, b) => Math.max(GAP[a.kind], GAP[b.kind]);
  for (const row of rows) {
    let x = 0;
    row.forEach((item, i) => {
      x += i === 0 ? item.left : row[i - 1].right + gapBetween(row[i - 1], item) + item.left;
      item.x = x;
    });
  }
  for (let iteration = 0; iteration < 40; iteration++) {
    const order = iteration % 2 === 0 ? rows.keys() : [...rows.keys()].reverse();
    for (const r of order) {
      const row = rows[r];
      const desired = row.map((item) => (item.neighbours.length ? item.neighbours.reduce((s, o) => s + o.x, 0) / item.neighbours.length : item.x));
      const placed = [...desired];
      for (let i = 1; i < row.length; i++) placed[i] = Math.max(placed[i], placed[i - 1] + row[i - 1].right + gapBetween(row[i - 1], row[i]) + row[i].left);
      const shift = desired.reduce((s, d, i) => s + d - placed[i], 0) / row.length;
      row.forEach((item, i) => (item.x = placed[i] + shift));
    }
  }
  const minX = Math.min(...rows.flat().map((item) => item.x - item.left));
  const maxX = Math.max(...rows.flat().map((item) => item.x + item.right));
  for (const item of rows.flat()) item.x += MARGIN - minX;

  // Vertical placement.
  let y = MARGIN;
  const rowTop = [];
  const rowHeight = [];
  rows.forEach((row, r) => {
    const h = Math.max(...row.map((item) => item.h));
    rowTop[r] = y;
    rowHeight[r] = h;
    for (const item of row) item.y = y + h / 2;
    y += h + ROW_GAP;
  });
  const width = maxX - minX + 2 * MARGIN;
  const height = y - ROW_GAP + MARGIN;

  const svg = [];
  svg.push(
    `<svg id="${escapeXml(diagram.id)}" class="state-diagram" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(width)} ${n(height)}" width="${n(width)}" height="${n(height)}" role="img" aria-labelledby="${escapeXml(diagram.id)}-title ${escapeXml(diagram.id)}-desc" style="max-width: 100%; height: auto; color: var(--color-text, #1b1b1b); font-family: ${FONT.replace(/"/g, "'")};">`,
  );
  svg.push(`<title id="${escapeXml(diagram.id)}-title">${escapeXml(diagram.title)}</title>`);
  svg.push(`<desc id="${escapeXml(diagram.id)}-desc">${escapeXml(diagram.description)}</desc>`);
  svg.push(
    `<defs><marker id="${escapeXml(diagram.id)}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="currentColor"/></marker></defs>`,
  );
  const arrow = `url(#${escapeXml(diagram.id)}-arrow)`;

  // Edges: vertical inside a row, a smooth curve between rows.
  for (const { edge, chain } of chains) {
    const points = [];
    chain.forEach((item, i) => {
      const top = item.kind === 'node' ? item.y - item.boxH / 2 : rowTop[item.row];
      const bottom = item.kind === 'node' ? item.y + item.boxH / 2 : rowTop[item.row] + rowHeight[item.row];
      if (i > 0) points.push([item.x, top]);
      if (i < chain.length - 1) points.push([item.x, bottom]);
    });
    if (edge.back) points.reverse();
    let d = `M${n(points[0][0])},${n(points[0][1])}`;
    for (let i = 1; i < points.length; i++) {
      const [x0, y0] = points[i - 1];
      const [x1, y1] = points[i];
      if (x0 === x1 || Math.abs(y1 - y0) < 1) d += ` L${n(x1)},${n(y1)}`;
      else {
        const mid = (y0 + y1) / 2;
        d += ` C${n(x0)},${n(mid)} ${n(x1)},${n(mid)} ${n(x1)},${n(y1)}`;
      }
    }
    svg.push(`<path class="edge" d="${d}" fill="none" stroke="currentColor" stroke-width="1.3" marker-end="${arrow}"/>`);
  }
  for (const { chain } of chains) {
    const label = chain[1];
    const top = label.y - label.h / 2;
    const tspans = label.lines
      .map((line, i) => `<tspan x="${n(label.x + 8)}" y="${n(top + (i + 0.8) * LABEL_FONT * LINE)}">${escapeXml(line)}</tspan>`)
      .join('');
    svg.push(`<text class="edge-label" font-size="${LABEL_FONT}" fill="currentColor">${tspans}</text>`);
  }

  // States.
  for (const id of ids) {
    const item = items.get(id);
    if (id === START) {
      svg.push(`<circle class="start" cx="${n(item.x)}" cy="${n(item.y)}" r="8" fill="currentColor"><title>start</title></circle>`);
      continue;
    }
    const node = nodeById.get(id);
    const x = item.x - item.w / 2;
    const top = item.y - item.boxH / 2;
    const parts = [
      `<g class="state${node.final ? ' final' : ''}" data-state="${escapeXml(id)}">`,
      `<rect x="${n(x)}" y="${n(top)}" width="${n(item.w)}" height="${n(item.boxH)}" rx="8" style="fill: var(--color-background-secondary, #eef1f6);" stroke="currentColor" stroke-width="1.3"/>`,
    ];
    if (node.final) parts.push(`<rect x="${n(x + 3)}" y="${n(top + 3)}" width="${n(item.w - 6)}" height="${n(item.boxH - 6)}" rx="6" fill="none" stroke="currentColor" stroke-width="0.8"/>`);
    parts.push(`<text x="${n(item.x)}" y="${n(top + NODE_PAD_Y + NODE_FONT)}" text-anchor="middle" font-size="${NODE_FONT}" font-weight="bold" fill="currentColor">${escapeXml(node.title)}</text>`);
    if (node.subtitle)
      parts.push(`<text x="${n(item.x)}" y="${n(top + NODE_PAD_Y + NODE_FONT * LINE + SUB_FONT)}" text-anchor="middle" font-size="${SUB_FONT}" fill="currentColor">${escapeXml(node.subtitle)}</text>`);
    parts.push('</g>');
    svg.push(parts.join(''));
    if (item.loopLines.length) {
      const right = x + item.w;
      const cy = item.y;
      svg.push(
        `<path class="edge loop" d="M${n(right)},${n(cy - 6)} C${n(right + LOOP)},${n(cy - 24)} ${n(right + LOOP)},${n(cy + 24)} ${n(right + 2)},${n(cy + 6)}" fill="none" stroke="currentColor" stroke-width="1.3" marker-end="${arrow}"/>`,
      );
      const top0 = cy - (item.loopLines.length * LABEL_FONT * LINE) / 2;
      const tspans = item.loopLines
        .map((line, i) => `<tspan x="${n(right + LOOP + 8)}" y="${n(top0 + (i + 0.8) * LABEL_FONT * LINE)}">${escapeXml(line)}</tspan>`)
        .join('');
      svg.push(`<text class="edge-label" font-size="${LABEL_FONT}" fill="currentColor">${tspans}</text>`);
    }
  }
  svg.push('</svg>');
  return svg.join('\n');
}

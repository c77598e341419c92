// Line and bar charts as inline SVG for the docs: no dependency, no network, the same bytes for
// the same data. Each chart is one <svg> element with an id, a <title>, a <desc> that states the
// figures in words, axes with ticks, and a legend.

const FONT = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK JP', 'Hiragino Sans', sans-serif";
/** Eight colours that stay apart for the usual colour-vision deficiencies (Okabe–Ito and kin). */
export const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#7f7f7f', '#332288'];

const W = 760;
const H = 300;
const M = { left: 52, right: 16, top: 34, bottom: 40 };

function escapeXml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
const r1 = (v) => String(Math.round(v * 10) / 10);

/** A round step for about five ticks up to max. */
function tickStep(max) {
  if (max <= 0) return 1;
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

function frame({ id, title, description, labels, max, yLabel, legend }) {
  const step = tickStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const x = (i) => M.left + (labels.length <= 1 ? pw / 2 : (i * pw) / (labels.length - 1));
  const y = (v) => M.top + ph - (v / top) * ph;
  const parts = [
    `<svg id="${id}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H + 22 * Math.ceil(legend.length / 4)}" width="100%" style="max-width:${W}px" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${escapeXml(FONT)}" font-size="12">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(description)}</desc>`,
    `<text x="${M.left}" y="18" font-size="14" font-weight="600" fill="currentColor">${escapeXml(title)}</text>`,
  ];
  for (let v = 0; v <= top + 1e-9; v += step) {
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${r1(y(v))}" y2="${r1(y(v))}" stroke="#888" stroke-opacity="0.25"/>`);
    parts.push(`<text x="${M.left - 6}" y="${r1(y(v) + 4)}" text-anchor="end" fill="currentColor">${r1(v)}</text>`);
  }
  parts.push(`<text transform="translate(12 ${M.top + ph / 2}) rotate(-90)" text-anchor="middle" fill="currentColor">${escapeXml(yLabel)}</text>`);
  const every = Math.max(1, Math.ceil(labels.length / 12));
  labels.forEach((label, i) => {
    if (i % every !== 0) return;
    parts.push(`<text x="${r1(x(i))}" y="${H - M.bottom + 16}" text-anchor="middle" fill="currentColor">${escapeXml(label)}</text>`);
  });
  parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${M.top + ph}" y2="${M.top + ph}" stroke="currentColor"/>`);
  legend.forEach((l, i) => {
    const lx = M.left + (i % 4) * 180;
    const ly = H + 4 + 22 * Math.floor(i / 4);
    parts.push(`<rect x="${lx}" y="${ly - 9}" width="14" height="10" fill="${l.color}"/><text x="${lx + 20}" y="${ly}" fill="currentColor">${escapeXml(l.name)}</text>`);
  });
  return { parts, x, y };
}

/**
 * A line chart.
 * @param {{ id: string, title: string, description: string, labels: string[], yLabel: string,
 *   series: { name: string, values: (number | null)[] }[] }} chart  a null value leaves a gap
 * @returns {string} the `<svg>` element, on one line
 */
export function lineChartSvg(chart) {
  const max = Math.max(0, ...chart.series.flatMap((s) => s.values.filter((v) => v !== null)));
  const legend = chart.series.map((s, i) => ({ name: s.name, color: PALETTE[i % PALETTE.length] }));
  const { parts, x, y } = frame({ ...chart, max, legend });
  chart.series.forEach((s, si) => {
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${r1(x(i))} ${r1(y(v))}`;
      pen = true;
    });
    parts.push(`<path class="series" data-series="${escapeXml(s.name)}" d="${d}" fill="none" stroke="${legend[si].color}" stroke-width="2"/>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

/**
 * A bar chart of one series.
 * @param {{ id: string, title: string, description: string, labels: string[], yLabel: string, name: string, values: number[] }} chart
 * @returns {string} the `<svg>` element, on one line
 */
export function barChartSvg(chart) {
  const max = Math.max(0, ...chart.values);
  const legend = [{ name: chart.name, color: PALETTE[5] }];
  const { parts, x, y } = frame({ ...chart, max, legend });
  const pw = W - M.left - M.right;
  const bw = Math.max(2, (pw / Math.max(1, chart.labels.length)) * 0.7);
  chart.values.forEach((v, i) => {
    parts.push(`<rect class="bar" x="${r1(x(i) - bw / 2)}" y="${r1(y(v))}" width="${r1(bw)}" height="${r1(y(0) - y(v))}" fill="${PALETTE[5]}"/>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

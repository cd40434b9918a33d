'use strict';
// A plain-text table for summaries written to stderr (fixed-width columns, a header rule), so CI logs can be quoted.

/** rows: arrays of cells (the first row is the header); every cell is turned into a string. */
function formatTable(rows) {
  const cells = rows.map((row) => row.map((cell) => String(cell)));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((row) => (row[i] || '').length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

module.exports = { formatTable };

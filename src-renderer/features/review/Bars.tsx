import { useId } from 'react';

/**
 * Bar charts drawn as SVG, readable in black and white: solid dark bars for this period, hatched
 * outlined bars for the previous year, every value written beside its bar.
 */
const ROW = 22;
const LABEL_W = 190;
const VALUE_W = 44;

export function HBars(props: { title: string; rows: { label: string; value: number; previous?: number }[]; width?: number; testId?: string }) {
  const width = props.width ?? 520;
  const pairs = props.rows.some((r) => r.previous !== undefined);
  const rowH = pairs ? ROW * 1.6 : ROW;
  const max = Math.max(1, ...props.rows.flatMap((r) => [r.value, r.previous ?? 0]));
  const barW = width - LABEL_W - VALUE_W;
  const height = props.rows.length * rowH + (pairs ? 26 : 6);
  const hatch = `hatch-${useId().replace(/:/g, '')}`;
  const len = (v: number) => (v > 0 ? Math.max(2, (v / max) * barW) : 0);
  return (
    <svg role="img" aria-label={props.title} width="100%" viewBox={`0 0 ${width} ${height}`} data-testid={props.testId} style={{ maxWidth: width, fontFamily: 'inherit' }}>
      <title>{props.title}</title>
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke="#333" strokeWidth="1.5" />
        </pattern>
      </defs>
      {props.rows.map((r, i) => {
        const y = i * rowH + 3;
        const h = pairs ? (rowH - 8) / 2 : ROW - 8;
        return (
          <g key={r.label} data-testid="bar" data-label={r.label} data-value={r.value}>
            <text x={LABEL_W - 8} y={y + (pairs ? h + 4 : h - 2)} textAnchor="end" fontSize="12" fill="#111">
              {r.label}
            </text>
            <rect x={LABEL_W} y={y} width={len(r.value)} height={h} fill="#333" />
            <text x={LABEL_W + len(r.value) + 4} y={y + h - 2} fontSize="11" fontWeight={700} fill="#111">
              {r.value}
            </text>
            {r.previous !== undefined && (
              <>
                <rect x={LABEL_W} y={y + h + 2} width={len(r.previous)} height={h} fill={`url(#${hatch})`} stroke="#333" strokeWidth="1" />
                <text x={LABEL_W + len(r.previous) + 4} y={y + 2 * h} fontSize="11" fill="#111">
                  {r.previous}
                </text>
              </>
            )}
          </g>
        );
      })}
      {pairs && (
        <g transform={`translate(${LABEL_W}, ${height - 16})`} fontSize="11" fill="#111">
          <rect width="14" height="10" fill="#333" />
          <text x="18" y="9">Kỳ này</text>
          <rect x="80" width="14" height="10" fill={`url(#${hatch})`} stroke="#333" />
          <text x="98" y="9">Cùng kỳ năm trước</text>
        </g>
      )}
    </svg>
  );
}

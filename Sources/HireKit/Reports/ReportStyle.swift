/// The reports' one stylesheet, inlined in every page: light and dark colour schemes, print
/// rules, and the chart classes. Status is never told by colour alone: charts add shapes,
/// hatching and words, tables add words and symbols.
enum ReportStyle {
    static let css = """
        :root { color-scheme: light dark;
          --bg: #ffffff; --fg: #1c1f24; --muted: #5b6470; --line: #d5dae1; --band: #f4f6f9;
          --accent: #2f6fb3; --accent-soft: #9cc0e6; --good: #1d7a46; --warn: #a15c00; --bad: #b3261e; --neutral: #6b7280;
          --s0: #2f6fb3; --s1: #b3541e; --s2: #1d7a46; --s3: #7b3fa0; }
        @media (prefers-color-scheme: dark) {
          :root { --bg: #16191d; --fg: #e6e9ed; --muted: #a0a9b4; --line: #3a414a; --band: #1f2329;
            --accent: #6aa5e6; --accent-soft: #2d4d70; --good: #5ccf8c; --warn: #f0a742; --bad: #ff8a80; --neutral: #9aa3ad;
            --s0: #6aa5e6; --s1: #f09a62; --s2: #5ccf8c; --s3: #c89cf0; } }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 60rem; padding: 1.5rem 1.25rem 3rem; background: var(--bg); color: var(--fg);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        header { border-bottom: 2px solid var(--line); margin-bottom: 1.25rem; }
        h1 { font-size: 1.7rem; margin: 0.1rem 0 0.3rem; overflow-wrap: anywhere; }
        h2 { font-size: 1.2rem; margin: 2rem 0 0.6rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
        h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
        .kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.75rem; color: var(--muted); margin: 0; }
        .meta, .note, footer { color: var(--muted); font-size: 0.9rem; }
        footer { margin-top: 3rem; border-top: 1px solid var(--line); padding-top: 0.6rem; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
        dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
        th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-weight: 600; color: var(--muted); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .badge { display: inline-block; padding: 0 0.45rem; border-radius: 0.6rem; border: 1px solid currentColor; font-size: 0.85rem; white-space: nowrap; }
        .ok { color: var(--good); } .warn { color: var(--warn); } .bad { color: var(--bad); } .muted { color: var(--muted); }
        .set-apart { border: 2px dashed var(--bad); border-radius: 0.4rem; padding: 0.2rem 0.8rem 0.6rem; margin-top: 1.5rem; }
        .set-apart h2 { color: var(--bad); border-bottom-color: var(--bad); margin-top: 0.6rem; }
        ul.flags { padding-left: 1.2rem; } blockquote { margin: 0.3rem 0 0.6rem; padding-left: 0.8rem; border-left: 3px solid var(--line); }
        .legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; font-size: 0.88rem; margin: 0.2rem 0 0.6rem; padding: 0; list-style: none; }
        .hire { break-inside: avoid-page; }
        figure { margin: 0.5rem 0 1rem; } figcaption { color: var(--muted); font-size: 0.85rem; }
        svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
        svg.defs { position: absolute; width: 0; height: 0; }
        .chart text { fill: var(--fg); font-size: 12px; }
        .chart .axis { fill: var(--muted); font-size: 11px; } .chart .small { fill: var(--muted); font-size: 10.5px; }
        .chart .strong { font-weight: 600; } .chart .muted { fill: var(--muted); } .chart .value { font-variant-numeric: tabular-nums; }
        .chart .grid { stroke: var(--line); stroke-width: 1; } .chart .band { fill: var(--band); }
        .chart .frame { fill: none; stroke: var(--line); } .chart .axis-line, .chart .zero { stroke: var(--muted); stroke-width: 1.5; }
        .chart .divider { stroke: var(--bad); stroke-width: 2; stroke-dasharray: 6 4; }
        .chart .bar { fill: var(--accent-soft); stroke: var(--accent); stroke-width: 1; }
        .chart .bar.pending { fill: var(--band); stroke: var(--warn); stroke-dasharray: 4 2; }
        .chart .bar.failed { fill: url(#hatch); stroke: var(--bad); stroke-width: 1.5; }
        .hatch-bg { fill: var(--bg); } .hatch-line { stroke: var(--bad); stroke-width: 3; }
        .chart .failed-text, .chart .status-overdue-text, .chart .verdict-lenient-text, .chart .verdict-severe-text { fill: var(--bad); font-weight: 600; }
        .chart .mean-mark { stroke: var(--fg); stroke-width: 2; }
        .chart .dot { fill: var(--fg); fill-opacity: 0.75; stroke: var(--bg); stroke-width: 1; }
        .chart .must-have { stroke: var(--bad); stroke-width: 2; stroke-dasharray: 4 3; } .chart .must-have-label { fill: var(--bad); }
        .chart .point { fill: var(--accent); stroke: var(--fg); stroke-width: 1; }
        .chart .leader { stroke: var(--line); stroke-dasharray: 2 3; } .chart .slip { stroke: var(--good); stroke-width: 3; }
        .chart .today { stroke: var(--fg); stroke-width: 1.5; stroke-dasharray: 5 3; }
        .chart .marker { stroke-width: 1.5; }
        .chart .status-done { fill: var(--good); stroke: var(--good); } .chart .status-done-text { fill: var(--good); }
        .chart .status-waived { fill: var(--bg); stroke: var(--neutral); } .chart .status-waived-text { fill: var(--neutral); }
        .chart .status-open { fill: var(--bg); stroke: var(--accent); } .chart .status-open-text { fill: var(--accent); }
        .chart .status-at-risk { fill: var(--warn); stroke: var(--warn); } .chart .status-at-risk-text { fill: var(--warn); font-weight: 600; }
        .chart .status-overdue { fill: url(#hatch); stroke: var(--bad); }
        .chart .trend { fill: none; stroke-width: 2; }
        .chart .trend.series-0 { stroke: var(--s0); } .chart .trend.series-1 { stroke: var(--s1); }
        .chart .trend.series-2 { stroke: var(--s2); } .chart .trend.series-3 { stroke: var(--s3); }
        .chart .trend.dash-1 { stroke-dasharray: 7 4; } .chart .trend.dash-2 { stroke-dasharray: 2 3; }
        .chart .marker.series-0 { fill: var(--s0); stroke: var(--s0); } .chart .marker.series-1 { fill: var(--s1); stroke: var(--s1); }
        .chart .marker.series-2 { fill: var(--s2); stroke: var(--s2); } .chart .marker.series-3 { fill: var(--s3); stroke: var(--s3); }
        .chart .zone { fill: var(--band); }
        .chart .fit-band { fill: var(--accent-soft); fill-opacity: 0.6; } .scatters { display: flex; flex-wrap: wrap; gap: 0 1rem; }
        .chart .interval { stroke-width: 2.5; stroke: var(--neutral); }
        .chart .interval.verdict-lenient, .chart .interval.verdict-severe { stroke: var(--bad); }
        .chart .marker.verdict-lenient, .chart .marker.verdict-severe { fill: var(--bad); stroke: var(--bad); }
        .chart .marker.verdict-in-line, .chart .marker.verdict-too-few-comparisons { fill: var(--bg); stroke: var(--fg); }
        .chart .verdict-too-few-comparisons-text { fill: var(--muted); }
        @media print {
          :root { --bg: #ffffff; --fg: #000000; --muted: #444444; --line: #bbbbbb; --band: #f2f2f2; --accent-soft: #d9e6f5; }
          body { max-width: none; padding: 0; font-size: 10.5pt; background: #ffffff; color: #000000; }
          h2 { break-after: avoid-page; } figure, table, .hire, .set-apart { break-inside: avoid-page; }
          svg.chart { max-width: 100%; } footer { position: static; }
          @page { margin: 16mm 14mm; } }
        """
}

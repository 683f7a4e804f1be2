extension ReportTemplates {
    /// The stylesheet, inlined so that the report needs nothing from the network. Sizes are in
    /// `rem` and tables scroll sideways on narrow screens, so the page reads at 200% zoom; the
    /// print rules start each further plan and the provenance on a new page and keep the colours
    /// of the charts.
    static let stylesheet = #"""
        :root {
          --ink: #1c2430; --muted: #5b6675; --line: #d5dbe3; --paper: #ffffff; --band: #f4f6f9;
          --accent: #1f5f9e; --accent-soft: #dbe8f5;
          --good: #1b6e3a; --good-soft: #e0f2e6; --alert: #b3261e; --alert-soft: #fde2e1;
          --warn: #8a5a00; --warn-soft: #fff4d6; --late: #c04b00; --late-soft: #fff0e0;
        }
        * { box-sizing: border-box; }
        html { font-size: 100%; }
        body { margin: 0; color: var(--ink); background: var(--paper); font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; line-height: 1.45; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .report-header, main, .provenance { max-width: 78rem; margin: 0 auto; padding: 0 1.25rem; }
        .report-header { padding-top: 1.5rem; border-bottom: 3px solid var(--accent); padding-bottom: 0.75rem; }
        h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 0.25rem; }
        h3 { font-size: 1.15rem; margin: 1.75rem 0 0.5rem; padding-bottom: 0.2rem; border-bottom: 1px solid var(--line); }
        h4 { font-size: 1rem; margin: 1.25rem 0 0.4rem; }
        p { margin: 0.4rem 0; }
        a { color: var(--accent); }
        code { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
        .lede { color: var(--muted); }
        .muted, .plan-id { color: var(--muted); font-weight: normal; }
        .meta, .note, .figure-note { color: var(--muted); font-size: 0.9rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .contents { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding: 0; list-style: none; margin: 0.5rem 0 0; }
        .plan { border-top: 1px solid var(--line); margin-top: 1.5rem; }
        .pattern-defs { position: absolute; }

        /* Headline */
        .meters { display: grid; gap: 0.35rem; margin: 0.5rem 0 0.9rem; max-width: 44rem; }
        .meter-row { display: grid; grid-template-columns: 12rem 1fr 4.5rem; align-items: center; gap: 0.75rem; }
        .meter-label { font-weight: 600; }
        .meter { display: block; height: 0.9rem; background: var(--band); border: 1px solid var(--line); border-radius: 0.45rem; overflow: hidden; }
        .meter-fill { display: block; height: 100%; }
        .meter-fill.time { background: repeating-linear-gradient(45deg, #9aa7b8 0 4px, #c3ccd8 4px 8px); }
        .meter-fill.work { background: var(--accent); }
        .meter-value { font-variant-numeric: tabular-nums; font-weight: 600; text-align: right; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(11.5rem, 1fr)); gap: 0.6rem; padding: 0; margin: 0.5rem 0 1rem; list-style: none; }
        .card { border: 1px solid var(--line); border-left: 0.35rem solid var(--accent); border-radius: 0.4rem; padding: 0.55rem 0.75rem; background: var(--paper); }
        .card-label { display: block; font-size: 0.85rem; color: var(--muted); }
        .card-value { display: block; font-size: 1.35rem; font-weight: 700; font-variant-numeric: tabular-nums; }
        .card-detail { display: block; font-size: 0.82rem; color: var(--muted); }
        .card.alert { border-left-color: var(--alert); background: var(--alert-soft); }
        .card.alert .card-label::before { content: "⚠ "; }
        .card.warn { border-left-color: #d99a00; background: var(--warn-soft); }
        .card.warn .card-label::before { content: "! "; }
        .card.good { border-left-color: var(--good); }
        .card.good .card-label::before { content: "✓ "; }
        .good-news { color: var(--good); font-weight: 600; }

        /* Tables */
        .table-wrap { overflow-x: auto; margin: 0.5rem 0 1rem; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
        caption { text-align: left; font-weight: 600; padding: 0.3rem 0; caption-side: top; }
        th, td { border-bottom: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: var(--band); border-bottom: 2px solid #b8c2cf; font-size: 0.82rem; white-space: nowrap; }
        tbody th { font-weight: normal; }
        tbody tr:nth-child(even) { background: #fafbfc; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.status { white-space: nowrap; }
        .counts th, .counts td { text-align: center; }
        .group-id { font-weight: 600; margin-right: 0.25rem; }
        .depth-1 th { padding-left: 1.5rem; }
        .depth-2 th { padding-left: 2.5rem; }
        .depth-3 th { padding-left: 3.5rem; }
        tr.flagged th::after { content: " ⚑"; color: var(--late); }
        .mini-meter { display: inline-block; width: 4rem; height: 0.55rem; background: var(--band); border: 1px solid var(--line); border-radius: 0.3rem; overflow: hidden; vertical-align: middle; margin-right: 0.3rem; }
        .mini-meter span { display: block; height: 100%; background: var(--accent); }
        .activity-note { display: block; color: var(--muted); font-size: 0.82rem; }
        .badge { display: inline-block; padding: 0 0.45rem; border-radius: 0.7rem; border: 1px solid currentColor; font-size: 0.8rem; white-space: nowrap; }
        .state-overdue .badge, .badge.state-overdue { color: var(--alert); background: var(--alert-soft); }
        .state-late .badge, .badge.state-late { color: var(--late); background: var(--late-soft); }
        .state-behind .badge, .badge.state-behind { color: var(--warn); background: var(--warn-soft); }
        .state-completed .badge { color: var(--good); background: var(--good-soft); }
        .badge.severity-error { color: var(--alert); background: var(--alert-soft); }
        .badge.severity-warning { color: var(--warn); background: var(--warn-soft); }
        .badge.severity-note { color: var(--accent); background: var(--accent-soft); }

        /* Compliance */
        .matrix .status-col { text-align: center; }
        .matrix td.cell { text-align: center; white-space: nowrap; }
        .matrix td.cell a { text-decoration: none; color: inherit; display: block; }
        .matrix td.cell a:hover, .matrix td.cell a:focus { text-decoration: underline; }
        .matrix .reference { display: block; color: var(--muted); font-size: 0.8rem; }
        .matrix tbody th { min-width: 16rem; }
        .matrix td.cell { width: 7.5rem; }
        .status-met { background: var(--good-soft); color: var(--good); }
        .status-partial { background: #e7f0d6; color: #4b6b00; }
        .status-not-met { background: var(--alert-soft); color: var(--alert); font-weight: 600; }
        .status-unknown { background: var(--warn-soft); color: var(--warn); }
        .status-not-applicable { background: var(--band); color: var(--muted); }
        .status-waived { background: #ece6f6; color: #5a3d8a; }
        .status-unchecked { color: var(--muted); }
        .badge.status-met, .badge.status-partial, .badge.status-not-met, .badge.status-unknown, .badge.status-not-applicable, .badge.status-waived { border-color: currentColor; }
        .evidence-list summary { cursor: pointer; font-weight: 600; margin: 0.5rem 0; }
        .evidence-entry { border-left: 3px solid var(--line); padding: 0.2rem 0 0.2rem 0.75rem; margin: 0.5rem 0; font-size: 0.9rem; }
        .evidence-entry:target { border-left-color: var(--accent); background: var(--accent-soft); }
        .evidence-head { margin: 0; }
        .evidence-label { margin: 0.25rem 0 0; font-weight: 600; font-size: 0.85rem; }
        .evidence, .addressing { margin: 0.1rem 0 0.2rem; padding-left: 1.25rem; }
        tr:target { outline: 2px solid var(--accent); }

        /* Charts */
        .chart { margin: 0.75rem 0 1.25rem; overflow-x: auto; }
        .chart > svg { display: block; width: 100%; min-width: 44rem; height: auto; }
        .chart figcaption { font-size: 0.85rem; color: var(--muted); margin-top: 0.3rem; }
        figure { margin: 0; }
        .legend { display: inline-flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0.2rem 0; }
        .legend-item { white-space: nowrap; }
        .swatch { width: 1.6rem; height: 0.9rem; vertical-align: middle; }
        svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 11px; fill: var(--ink); }
        svg .tick { stroke: #e6eaf0; stroke-width: 1; }
        svg .tick.major { stroke: #aeb8c6; }
        svg .tick-label { fill: var(--muted); font-size: 10px; }
        svg .tick-label.major { fill: var(--ink); font-weight: 700; }
        svg .group-label { font-weight: 700; font-size: 11.5px; }
        .bars svg .group-label { font-weight: 400; font-size: 11px; }
        svg .row-label { fill: var(--ink); }
        svg a:hover .row-label, svg a:focus .row-label { fill: var(--accent); text-decoration: underline; }
        svg .state-text { font-size: 10.5px; fill: var(--muted); }
        .gantt .bar, .legend-bar { fill: #dfe7f1; stroke: #8fa5bf; stroke-width: 0.75; }
        .gantt .fill, .legend-fill { fill: var(--accent); }
        .gantt .state-completed .bar { fill: var(--good-soft); stroke: var(--good); }
        .gantt .state-completed .fill { fill: var(--good); }
        .gantt .state-overdue .bar { fill: url(#hatch-overdue); stroke: var(--alert); stroke-width: 1.2; }
        .gantt .state-overdue .fill { fill: var(--alert); }
        .gantt .state-overdue .state-text { fill: var(--alert); font-weight: 700; }
        .gantt .state-late .bar { fill: var(--late-soft); stroke: var(--late); stroke-width: 1.2; stroke-dasharray: 4 2; }
        .gantt .state-late .state-text { fill: var(--late); font-weight: 700; }
        .gantt .state-behind .bar { fill: var(--warn-soft); stroke: #a06a00; }
        .gantt .state-behind .fill { fill: #c98a00; }
        .gantt .state-behind .state-text { fill: var(--warn); font-weight: 700; }
        .gantt .state-suspended .bar, .gantt .state-cancelled .bar { fill: #eeeeee; stroke: #9e9e9e; stroke-dasharray: 2 2; }
        .gantt .state-suspended .fill, .gantt .state-cancelled .fill { fill: #9e9e9e; }
        .gantt .state-cancelled .row-label { text-decoration: line-through; }
        .milestone { stroke-width: 1.2; }
        .milestone-achieved { fill: var(--ink); stroke: var(--ink); }
        .milestone-due { fill: #ffffff; stroke: var(--ink); }
        .milestone-missed { fill: #ffffff; stroke: var(--alert); stroke-width: 2; }
        .milestone-cancelled { fill: #eeeeee; stroke: #9e9e9e; }
        .today { stroke: var(--alert); stroke-width: 1.5; stroke-dasharray: 5 3; }
        svg .today-label { fill: var(--alert); font-weight: 700; font-size: 10.5px; }
        .bar-planned { fill: #b9cde4; stroke: #1f5f9e; stroke-width: 0.75; }
        .bar-committed { fill: url(#hatch-committed); stroke: #1f5f9e; stroke-width: 0.75; }
        .bar-spent { fill: #0f3d66; }
        .bar-pledged { fill: url(#dots-pledged); stroke: #8a6100; stroke-width: 0.75; }
        .bar-requested { fill: #ffffff; stroke: #6b7785; stroke-width: 1; stroke-dasharray: 3 2; }
        svg .value { font-size: 10px; fill: var(--muted); font-variant-numeric: tabular-nums; }

        /* Comparison */
        .sortable th button.sort { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: left; }
        .sortable th button.sort::after { content: " ↕"; color: var(--muted); }
        .sortable th[aria-sort="ascending"] button.sort::after { content: " ↑"; }
        .sortable th[aria-sort="descending"] button.sort::after { content: " ↓"; }
        tfoot th, tfoot td { font-weight: 700; border-top: 2px solid #b8c2cf; }

        /* Provenance */
        .provenance { margin-top: 2.5rem; padding-bottom: 2rem; border-top: 3px solid var(--accent); font-size: 0.9rem; }
        .provenance .hash { word-break: break-all; font-size: 0.8rem; }

        @media (max-width: 40rem) {
          .meter-row { grid-template-columns: 1fr 4rem; }
          .meter-row .meter { grid-column: 1 / -1; grid-row: 2; }
        }
        @media print {
          body { font-size: 10pt; }
          .report-header, main, .provenance { max-width: none; padding: 0; }
          nav, .sortable th button.sort::after { display: none; }
          .plan ~ .plan, .comparison ~ .plan, .provenance { break-before: page; }
          .plan, .comparison, .provenance { border-top: 0; margin-top: 0; }
          h3, h4, caption { break-after: avoid; }
          tr, .card, .evidence-entry, figure { break-inside: avoid; }
          thead { display: table-header-group; }
          .table-wrap, .chart { overflow: visible; }
          .chart > svg { min-width: 0; }
          a { color: inherit; text-decoration: none; }
          .evidence-list summary { display: none; }
          tbody tr:nth-child(even) { background: none; }
        }
        """#

    /// Click-to-sort for tables marked `sortable`: a few inline lines, no library. Without
    /// scripts the headings stay plain text and the table reads the same.
    static let sortScript = #"""
        (function () {
          function key(cell) {
            var text = cell ? (cell.getAttribute("data-sort") || cell.textContent.trim()) : "";
            var number = Number(text);
            return text !== "" && !isNaN(number) ? number : text.toLowerCase();
          }
          document.querySelectorAll("table.sortable").forEach(function (table) {
            var headers = table.tHead.rows[0].cells;
            Array.prototype.forEach.call(headers, function (header, column) {
              var button = document.createElement("button");
              button.type = "button";
              button.className = "sort";
              while (header.firstChild) { button.appendChild(header.firstChild); }
              header.appendChild(button);
              header.setAttribute("aria-sort", "none");
              button.addEventListener("click", function () {
                var ascending = header.getAttribute("aria-sort") !== "ascending";
                Array.prototype.forEach.call(headers, function (other) { other.setAttribute("aria-sort", "none"); });
                header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = key(a.cells[column]), y = key(b.cells[column]);
                  var order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
                  return ascending ? order : -order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
              });
            });
          });
        })();
        """#
}

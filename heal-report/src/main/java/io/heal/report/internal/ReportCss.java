package io.heal.report.internal;

/** The report's inline style sheet: system fonts only, nothing fetched. */
public final class ReportCss {

  /** The CSS, for a {@code <style>} element. */
  public static final String CSS =
      """
      :root { --fg:#1f2328; --muted:#656d76; --line:#d0d7de; --bg:#f6f8fa; --card:#fff;
        --bad:#cf222e; --bad-bg:#ffebe9; --good:#1a7f37; --good-bg:#dafbe1;
        --act:#0969da; --act-bg:#ddf4ff; --warn:#9a6700; --warn-bg:#fff8c5; --note:#8250df; }
      * { box-sizing: border-box; }
      body { margin:0; background:var(--bg); color:var(--fg);
        font:14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
      main { max-width:1100px; margin:0 auto; padding:24px 20px 48px; }
      h1 { font-size:24px; margin:0 0 4px; }
      h2 { font-size:18px; margin:0; }
      h3 { font-size:13px; text-transform:uppercase; letter-spacing:.06em; color:var(--muted);
        margin:20px 0 8px; }
      h4 { font-size:13px; margin:14px 0 6px; }
      .mono, pre, code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas,
        "DejaVu Sans Mono", "Liberation Mono", monospace; font-size:12.5px; }
      .muted { color:var(--muted); }
      .num { text-align:right; white-space:nowrap; }
      .generated { color:var(--muted); margin:0 0 18px; }
      .totals { display:grid; grid-template-columns:repeat(auto-fit, minmax(150px, 1fr)); gap:12px;
        margin:0 0 24px; }
      .total { background:var(--card); border:1px solid var(--line); border-radius:8px;
        padding:12px 14px; }
      .total .label, .measure .label { display:block; color:var(--muted); font-size:12px; }
      .total .value { font-size:26px; font-weight:600; }
      .total.good .value { color:var(--good); } .total.bad .value { color:var(--bad); }
      .total.warn .value { color:var(--warn); }
      table { border-collapse:collapse; width:100%; }
      table.data, table.summary { background:var(--card); border:1px solid var(--line); }
      table.summary { border-radius:8px; margin-bottom:28px; }
      table.summary td:first-child, table.summary td:last-child { white-space:nowrap; }
      th { text-align:left; font-size:12px; color:var(--muted); font-weight:600;
        background:var(--bg); }
      th, td { padding:6px 10px; border-bottom:1px solid var(--line); vertical-align:top; }
      table.steps td { border-bottom:1px solid #eaeef2; padding:4px 10px; }
      table.steps td { width:1%; white-space:nowrap; }
      table.steps td:last-child { width:auto; white-space:normal; }
      table.steps td.off { min-width:80px; font-weight:600; }
      table.data td, table.data th { white-space:nowrap; }
      table.data td:last-child { width:100%; white-space:normal; }
      .card { background:var(--card); border:1px solid var(--line); border-radius:10px;
        padding:18px 20px; margin:0 0 24px; box-shadow:0 1px 2px rgba(31,35,40,.06); }
      .card-head { display:flex; justify-content:space-between; align-items:flex-start; gap:16px; }
      .meta { color:var(--muted); margin-top:2px; }
      .kind { font-size:12px; font-weight:600; color:var(--muted); border:1px solid var(--line);
        border-radius:4px; padding:1px 6px; margin-left:6px; vertical-align:middle; }
      .badge { font-size:12px; font-weight:700; letter-spacing:.04em; border-radius:999px;
        padding:3px 12px; white-space:nowrap; }
      .badge.resolved { color:var(--good); background:var(--good-bg); }
      .badge.escalated { color:var(--bad); background:var(--bad-bg); }
      .badge.open { color:var(--warn); background:var(--warn-bg); }
      .measures { display:flex; gap:32px; margin-top:14px; }
      .measure .value { font-size:20px; font-weight:600; }
      svg.timeline { display:block; margin:4px 0 8px; overflow:visible; }
      .phase-track { fill:#eaeef2; } .phase-down { fill:#ff8182; } .phase-heal { fill:#f2cc60; }
      .phase-failed { fill:#cf222e; } .phase-ok { fill:#4ac26b; }
      .legend { float:right; text-transform:none; letter-spacing:0; font-weight:400; }
      .swatch { display:inline-block; width:10px; height:10px; border-radius:2px;
        margin:0 5px 0 14px; vertical-align:-1px; }
      .swatch.phase-down { background:#ff8182; } .swatch.phase-heal { background:#f2cc60; }
      .swatch.phase-failed { background:#cf222e; } .swatch.phase-ok { background:#4ac26b; }
      .marker { stroke:#fff; stroke-width:2; fill:var(--muted); }
      .marker.bad { fill:var(--bad); } .marker.act { fill:var(--act); }
      .marker.good { fill:var(--good); } .marker.note { fill:var(--note); }
      .leader { stroke:#afb8c1; stroke-width:1; }
      .tl-label { font-size:12px; fill:var(--fg); paint-order:stroke; stroke:#fff;
        stroke-width:4px; stroke-linejoin:round;
        font-family:-apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
      .tl-off { font-weight:700; }
      .tl-label.bad .tl-off { fill:var(--bad); } .tl-label.act .tl-off { fill:var(--act); }
      .tl-label.good .tl-off { fill:var(--good); } .tl-label.note .tl-off { fill:var(--note); }
      .step { font-size:12px; font-weight:600; border-radius:4px; padding:1px 6px;
        white-space:nowrap; }
      .step.bad { color:var(--bad); background:var(--bad-bg); }
      .step.act { color:var(--act); background:var(--act-bg); }
      .step.good { color:var(--good); background:var(--good-bg); }
      .step.note, .step.onset { color:var(--note); background:#fbefff; }
      .pill { font-size:11px; font-weight:700; border-radius:4px; padding:1px 6px;
        text-transform:uppercase; }
      .pill.good { color:var(--good); background:var(--good-bg); }
      .pill.bad, .pill.sev-high { color:var(--bad); background:var(--bad-bg); }
      .pill.sev-medium { color:var(--warn); background:var(--warn-bg); }
      .pill.sev-low { color:var(--muted); background:var(--bg); }
      .exit .k, dt { color:var(--muted); margin-right:6px; }
      dl.details { display:flex; flex-wrap:wrap; gap:4px 20px; margin:8px 0; }
      dl.details div { display:flex; } dd { margin:0; font-family:ui-monospace, Menlo, Consolas,
        "DejaVu Sans Mono", monospace; font-size:12.5px; }
      pre { background:#0d1117; color:#e6edf3; border-radius:6px; padding:10px 12px; margin:0;
        overflow-x:auto; white-space:pre; line-height:1.45; }
      pre.log { max-height:320px; overflow-y:auto; }
      details.dump { margin-top:12px; }
      details.dump summary { cursor:pointer; font-weight:600; margin-bottom:6px; }
      a { color:var(--act); text-decoration:none; } a:hover { text-decoration:underline; }
      .tl-wrap { overflow-x:auto; }
      @media (max-width: 700px) {
        main { padding:16px 10px 32px; }
        .card { padding:14px 12px; }
        .legend { float:none; display:block; margin-top:4px; }
        .measures { gap:20px; flex-wrap:wrap; }
        svg.timeline { min-width:720px; }
        table.summary, table.data { display:block; overflow-x:auto; }
        table.steps tr { display:grid; grid-template-columns:auto auto 1fr; align-items:baseline;
          border-bottom:1px solid #eaeef2; }
        table.steps td { width:auto; border-bottom:0; }
        table.steps td:last-child { grid-column:1 / -1; padding-top:0; }
      }
      @media print { body { background:#fff; } .card { break-inside:avoid; box-shadow:none; } }
      """;

  private ReportCss() {}
}

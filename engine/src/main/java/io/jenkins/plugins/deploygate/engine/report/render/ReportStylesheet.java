package io.jenkins.plugins.deploygate.engine.report.render;

/**
 * The reports' style sheet. Plain colours first (mail clients ignore custom properties and media
 * queries alike), then a dark scheme for readers that ask for one. Long log lines wrap rather
 * than widen the page.
 */
final class ReportStylesheet {

    private ReportStylesheet() {}

    static final String CSS = String.join(
            "\n",
            ".dg-report{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:15px;"
                    + "line-height:1.5;color:#1f2328;background:#fff;max-width:960px;margin:0 auto;padding:16px}",
            ".dg-report h1{font-size:24px;margin:0 0 12px}",
            ".dg-report h2{font-size:19px;margin:24px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}",
            ".dg-report h3{font-size:16px;margin:20px 0 6px}",
            ".dg-report h4,.dg-report h5{font-size:15px;margin:16px 0 4px}",
            ".dg-report code,.dg-excerpt{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;"
                    + "font-size:13px}",
            ".dg-report code{background:#f0f2f4;border-radius:4px;padding:1px 4px;overflow-wrap:break-word}",
            ".dg-report a{color:#0969da}",
            ".dg-facts,.dg-table{border-collapse:collapse;margin:8px 0 12px}",
            ".dg-facts th,.dg-facts td,.dg-table th,.dg-table td{text-align:left;vertical-align:top;"
                    + "padding:4px 12px 4px 0;border-bottom:1px solid #eaeef2;overflow-wrap:break-word}",
            ".dg-facts th{font-weight:600;white-space:nowrap;color:#59636e}",
            ".dg-table th{font-weight:600;border-bottom:2px solid #d0d7de}",
            ".dg-callout{border-left:4px solid;border-radius:4px;padding:10px 14px;margin:12px 0}",
            ".dg-success{border-color:#1a7f37;background:#dafbe1}",
            ".dg-info{border-color:#0969da;background:#ddf4ff}",
            ".dg-warning{border-color:#9a6700;background:#fff8c5}",
            ".dg-danger{border-color:#cf222e;background:#ffebe9}",
            ".dg-excerpt{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:8px 0;"
                    + "margin:8px 0 12px;white-space:pre-wrap;overflow-wrap:break-word}",
            ".dg-line{display:block;padding:0 12px 0 0}",
            ".dg-ln{display:inline-block;min-width:4em;padding:0 12px 0 8px;text-align:right;color:#59636e;"
                    + "user-select:none}",
            ".dg-marked{background:#ffebe9;font-weight:600}",
            "@media (prefers-color-scheme:dark){",
            ".dg-report{color:#e6edf3;background:#0d1117}",
            ".dg-report h2{border-color:#30363d}",
            ".dg-report code{background:#262c36}",
            ".dg-report a{color:#4493f8}",
            ".dg-facts th{color:#9198a1}",
            ".dg-facts th,.dg-facts td,.dg-table th,.dg-table td{border-color:#30363d}",
            ".dg-success{background:#12261e;border-color:#3fb950}",
            ".dg-info{background:#121d2f;border-color:#4493f8}",
            ".dg-warning{background:#272115;border-color:#d29922}",
            ".dg-danger{background:#2c1619;border-color:#f85149}",
            ".dg-excerpt{background:#161b22;border-color:#30363d}",
            ".dg-ln{color:#9198a1}",
            ".dg-marked{background:#3c1e21}",
            "}",
            "");
}

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
            ".dg-code{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;"
                    + "margin:8px 0 12px;white-space:pre-wrap;overflow-wrap:break-word}",
            ".dg-report .dg-code code{background:none;padding:0}",
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
            ".dg-code{background:#161b22;border-color:#30363d}",
            "}",
            "");

    /**
     * The themed fragment's sheet: the same layout, every colour from the Jenkins design library's
     * custom properties (with a neutral fallback), so the report follows the host's theme instead
     * of switching on the reader's colour scheme by itself.
     */
    static final String THEMED = String.join(
            "\n",
            ".dg-themed{color:var(--text-color,inherit);max-width:960px;line-height:1.5}",
            ".dg-themed h2{font-size:1.2rem;margin:24px 0 8px;padding-bottom:4px;"
                    + "border-bottom:1px solid var(--medium-grey,currentColor)}",
            ".dg-themed h3{font-size:1.05rem;margin:20px 0 6px}",
            ".dg-themed h4,.dg-themed h5{font-size:1rem;margin:16px 0 4px}",
            ".dg-themed code,.dg-themed .dg-excerpt{font-family:var(--font-family-mono,monospace);"
                    + "font-size:var(--font-size-sm,0.875rem)}",
            ".dg-themed code{background:var(--pre-background,transparent);color:var(--pre-color,inherit);"
                    + "border-radius:4px;padding:1px 4px;overflow-wrap:break-word}",
            ".dg-themed a{color:var(--link-color,inherit)}",
            ".dg-themed .dg-facts,.dg-themed .dg-table{border-collapse:collapse;margin:8px 0 12px}",
            ".dg-themed .dg-facts th,.dg-themed .dg-facts td,.dg-themed .dg-table th,.dg-themed .dg-table td{"
                    + "text-align:left;vertical-align:top;padding:4px 12px 4px 0;"
                    + "border-bottom:1px solid var(--light-grey,currentColor);overflow-wrap:break-word}",
            ".dg-themed .dg-facts th{font-weight:600;white-space:nowrap;color:var(--text-color-secondary,inherit)}",
            ".dg-themed .dg-table th{font-weight:600}",
            ".dg-themed .dg-callout{border-left:4px solid;border-radius:4px;padding:10px 14px;margin:12px 0}",
            ".dg-themed .dg-success{border-color:var(--alert-success-border-color,currentColor);"
                    + "background:var(--alert-success-bg-color,transparent);color:var(--alert-success-text-color,inherit)}",
            ".dg-themed .dg-info{border-color:var(--alert-info-border-color,currentColor);"
                    + "background:var(--alert-info-bg-color,transparent);color:var(--alert-info-text-color,inherit)}",
            ".dg-themed .dg-warning{border-color:var(--alert-warning-border-color,currentColor);"
                    + "background:var(--alert-warning-bg-color,transparent);color:var(--alert-warning-text-color,inherit)}",
            ".dg-themed .dg-danger{border-color:var(--alert-danger-border-color,currentColor);"
                    + "background:var(--alert-danger-bg-color,transparent);color:var(--alert-danger-text-color,inherit)}",
            ".dg-themed .dg-excerpt{background:var(--pre-background,transparent);color:var(--pre-color,inherit);"
                    + "border-radius:6px;padding:8px 0;margin:8px 0 12px;white-space:pre-wrap;overflow-wrap:break-word}",
            ".dg-themed .dg-line{display:block;padding:0 12px 0 0}",
            ".dg-themed .dg-ln{display:inline-block;min-width:4em;padding:0 12px 0 8px;text-align:right;"
                    + "color:var(--text-color-secondary,inherit);user-select:none}",
            ".dg-themed .dg-marked{background:var(--alert-danger-bg-color,transparent);font-weight:600}",
            ".dg-themed .dg-code{background:var(--pre-background,transparent);color:var(--pre-color,inherit);"
                    + "border-radius:6px;padding:8px 12px;margin:8px 0 12px;white-space:pre-wrap;"
                    + "overflow-wrap:break-word}",
            ".dg-themed .dg-code code{background:none;padding:0}",
            "");
}

package io.jenkins.plugins.deploygate.engine.report.trend;

import static io.jenkins.plugins.deploygate.engine.report.render.HtmlWriter.escape;

/**
 * The few SVG elements the trend chart needs, every text and attribute escaped. Colours for text
 * and lines come from a style sheet inside the document, which switches for dark backgrounds.
 */
final class SvgWriter {

    private static final String STYLE = String.join(
            "",
            "text{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;fill:#333}",
            ".title{font-size:14px;font-weight:600}",
            ".tick,.legend{font-size:11px}",
            ".axis-title,.note{font-size:12px}",
            ".grid{stroke:#ddd;stroke-width:1}",
            ".axis{stroke:#888;stroke-width:1}",
            "@media (prefers-color-scheme:dark){text{fill:#ddd}.grid{stroke:#444}.axis{stroke:#aaa}}");

    private final StringBuilder out = new StringBuilder(4096);

    SvgWriter(int width, int height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"trend-title trend-desc\">");
        out.append("<title id=\"trend-title\">").append(escape(title)).append("</title>");
        out.append("<desc id=\"trend-desc\">").append(escape(description)).append("</desc>");
        out.append("<style>").append(STYLE).append("</style>");
    }

    void text(double x, double y, String styleClass, String anchor, String text) {
        out.append("<text x=\"")
                .append(TrendChart.format(x))
                .append("\" y=\"")
                .append(TrendChart.format(y))
                .append("\" class=\"")
                .append(styleClass)
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\">")
                .append(escape(text))
                .append("</text>");
    }

    void rotatedText(double x, double y, String styleClass, String text) {
        out.append("<text transform=\"translate(")
                .append(TrendChart.format(x))
                .append(' ')
                .append(TrendChart.format(y))
                .append(") rotate(-90)\" class=\"")
                .append(styleClass)
                .append("\" text-anchor=\"middle\">")
                .append(escape(text))
                .append("</text>");
    }

    void line(double x1, double y1, double x2, double y2, String styleClass) {
        out.append("<line x1=\"")
                .append(TrendChart.format(x1))
                .append("\" y1=\"")
                .append(TrendChart.format(y1))
                .append("\" x2=\"")
                .append(TrendChart.format(x2))
                .append("\" y2=\"")
                .append(TrendChart.format(y2))
                .append("\" class=\"")
                .append(styleClass)
                .append("\"/>");
    }

    /** A filled rectangle; with a tooltip, shown when the pointer rests on it. */
    void rect(double x, double y, double width, double height, String fill, String tooltip) {
        out.append("<rect x=\"")
                .append(TrendChart.format(x))
                .append("\" y=\"")
                .append(TrendChart.format(y))
                .append("\" width=\"")
                .append(TrendChart.format(width))
                .append("\" height=\"")
                .append(TrendChart.format(height))
                .append("\" fill=\"")
                .append(escape(fill))
                .append('"');
        if (tooltip == null) {
            out.append("/>");
        } else {
            out.append("><title>").append(escape(tooltip)).append("</title></rect>");
        }
    }

    /**
     * Opens the report in the whole window: a page shows the chart in an {@code <object>}, where a
     * link would otherwise load the report inside the chart's box.
     */
    void openLink(String href) {
        if (href != null) {
            out.append("<a href=\"").append(escape(href)).append("\" target=\"_top\">");
        }
    }

    void closeLink(String href) {
        if (href != null) {
            out.append("</a>");
        }
    }

    String finish() {
        return out.append("</svg>").toString();
    }
}

package io.jenkins.plugins.deploygate.engine.report.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TrendChartTest {

    @Test
    void isWellFormedSvgWithTitledAxes() throws Exception {
        Document svg = parse(TrendChart.render(List.of(
                new TrendPoint("#1", "../1/deploy-report/", Map.of("postgresql", 3)),
                new TrendPoint("#2", "../2/deploy-report/", Map.of()))));

        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(texts(svg)).contains("Errors per deployment", "Errors", "Deployment (build)", "#1", "#2", "0");
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void stacksEachEngineWithHeightsProportionalToItsErrors() throws Exception {
        Document svg = parse(TrendChart.render(
                List.of(new TrendPoint("#7", null, Map.of("postgresql", 2, "oracle", 3, TrendPoint.NO_ENGINE, 5)))));

        Map<String, Double> heightByTooltip = new java.util.HashMap<>();
        NodeList rects = svg.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            NodeList titles = rect.getElementsByTagName("title");
            if (titles.getLength() == 1) {
                heightByTooltip.put(titles.item(0).getTextContent(), Double.parseDouble(rect.getAttribute("height")));
            }
        }
        assertThat(heightByTooltip)
                .containsOnlyKeys("#7: 2 postgresql errors", "#7: 3 oracle errors", "#7: 5 other errors");
        assertThat(heightByTooltip.get("#7: 3 oracle errors") / heightByTooltip.get("#7: 2 postgresql errors"))
                .isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.05));
        assertThat(heightByTooltip.get("#7: 5 other errors") / heightByTooltip.get("#7: 2 postgresql errors"))
                .isCloseTo(2.5, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void showsACleanDeploymentAsAMarkNotAGap() throws Exception {
        Document svg = parse(TrendChart.render(List.of(new TrendPoint("#3", null, Map.of("mysql", 0)))));

        assertThat(tooltips(svg)).containsExactly("#3: no errors");
    }

    @Test
    void linksEachBarToItsReport() throws Exception {
        Document svg =
                parse(TrendChart.render(List.of(new TrendPoint("#4", "../4/deploy-report/", Map.of("mysql", 1)))));

        Element link = (Element) svg.getElementsByTagName("a").item(0);
        assertThat(link.getAttribute("href")).isEqualTo("../4/deploy-report/");
        assertThat(link.getAttribute("target")).isEqualTo("_top");
        assertThat(link.getElementsByTagName("rect").getLength()).isEqualTo(1);
    }

    @Test
    void escapesHostileLabelsAndEngineNames() throws Exception {
        String hostile = "#1\"><script>alert(1)</script>";
        String chart = TrendChart.render(List.of(new TrendPoint(hostile, null, Map.of("<b onload=x>", 1))));

        Document svg = parse(chart);
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg.getElementsByTagName("b").getLength()).isZero();
        assertThat(texts(svg)).contains(hostile, "<b onload=x>");
    }

    @Test
    void refusesLinksThatCouldRunCode() {
        assertThatThrownBy(() -> new TrendPoint("#1", "javascript:alert(1)", Map.of()))
                .hasMessageContaining("link")
                .hasMessageContaining("javascript:alert(1)");
        assertThatThrownBy(() -> new TrendPoint("#1", " JavaScript:alert(1)", Map.of()))
                .hasMessageContaining("link");
        assertThatThrownBy(() -> new TrendPoint("#1", "data:text/html,x", Map.of()))
                .hasMessageContaining("link");
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> new TrendPoint("#1", null, Map.of("oracle", -1)))
                .hasMessageContaining("errorsByEngine.oracle")
                .hasMessageContaining("-1");
    }

    @Test
    void saysSoWhenThereIsNothingToDraw() throws Exception {
        Document svg = parse(TrendChart.render(List.of()));

        assertThat(texts(svg)).contains("No deployments recorded yet");
        assertThat(svg.getElementsByTagName("rect").getLength()).isZero();
    }

    @Test
    void thinsTheBuildLabelsWhenThereAreManyDeploymentsButKeepsTheLatest() throws Exception {
        List<TrendPoint> points = new ArrayList<>();
        for (int build = 1; build <= 100; build++) {
            points.add(new TrendPoint("#" + build, null, Map.of("postgresql", build % 4)));
        }

        List<String> labels = texts(parse(TrendChart.render(points))).stream()
                .filter(text -> text.startsWith("#"))
                .toList();

        assertThat(labels).hasSizeLessThanOrEqualTo(16).contains("#100");
    }

    @ParameterizedTest(name = "{0} errors fit under an axis of {1}")
    @CsvSource({"0, 1", "1, 1", "2, 2", "3, 5", "5, 5", "6, 10", "11, 20", "21, 50", "51, 100", "999, 1000"})
    void roundsTheAxisUpToOneTwoOrFiveTimesAPowerOfTen(int maxErrors, int axisMax) {
        assertThat(TrendChart.niceCeiling(maxErrors)).isEqualTo(axisMax);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<String> tooltips(Document svg) {
        List<String> tooltips = new ArrayList<>();
        NodeList rects = svg.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            NodeList titles = ((Element) rects.item(i)).getElementsByTagName("title");
            if (titles.getLength() == 1) {
                tooltips.add(titles.item(0).getTextContent());
            }
        }
        return tooltips;
    }
}

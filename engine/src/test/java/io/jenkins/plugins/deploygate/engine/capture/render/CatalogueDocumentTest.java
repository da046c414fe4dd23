package io.jenkins.plugins.deploygate.engine.capture.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/error-catalogue.md is generated from the catalogue and must not go stale. */
class CatalogueDocumentTest {

    static final String REGENERATE =
            "mvn -B -Dskip.plugin -pl engine test -Dtest=CatalogueDocumentTest -Ddeploygate.regenerateDocs=true";

    private static final Path DOC = Path.of("..", "docs", "error-catalogue.md");

    @Test
    void errorCatalogueDocumentIsUpToDate() throws IOException {
        String expected = CatalogueDocument.markdown(Catalogue.builtIn());
        if (Boolean.getBoolean("deploygate.regenerateDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC))
                .as("docs/error-catalogue.md is missing; generate it with: %s", REGENERATE)
                .isTrue();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/error-catalogue.md is stale; regenerate it with: %s", REGENERATE)
                .isEqualTo(expected);
    }

    @Test
    void listsEveryEntryOnce() {
        String markdown = CatalogueDocument.markdown(Catalogue.builtIn());

        Catalogue.builtIn().entries().forEach(entry -> assertThat(markdown)
                .containsOnlyOnce("| `" + entry.id() + "` |"));
    }
}

package io.jenkins.plugins.deploygate.engine.report.document;

import java.util.List;
import java.util.Objects;

/** A labelled value in a {@link Block.Facts} table. */
public record Fact(String label, List<Inline> value) {

    public Fact {
        Objects.requireNonNull(label, "label");
        value = List.copyOf(value);
    }

    public static Fact of(String label, String value) {
        return new Fact(label, List.of(Inline.text(value)));
    }

    public static Fact of(String label, Inline value) {
        return new Fact(label, List.of(value));
    }
}

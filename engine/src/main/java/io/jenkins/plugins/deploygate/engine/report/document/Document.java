package io.jenkins.plugins.deploygate.engine.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report as a title and a list of {@link Block}s, ready for any of the writers. Build one with
 * {@link #builder(String)}.
 */
public record Document(String title, List<Block> blocks) {

    public Document {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Collects blocks in reading order. */
    public static final class Builder {
        private final String title;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder add(Block block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        public Builder heading(int level, String text) {
            return add(new Block.Heading(level, text));
        }

        public Builder paragraph(String text) {
            return add(Block.Paragraph.of(text));
        }

        public Builder paragraph(Inline... parts) {
            return add(new Block.Paragraph(List.of(parts)));
        }

        public Builder callout(Block.Tone tone, String title, String text) {
            return add(new Block.Callout(tone, title, text));
        }

        public Builder facts(List<Fact> facts) {
            return add(new Block.Facts(facts));
        }

        public Builder bullets(List<String> items) {
            return add(new Block.Bullets(items.stream().map(Block.Paragraph::of).toList()));
        }

        public Document build() {
            return new Document(title, blocks);
        }
    }
}

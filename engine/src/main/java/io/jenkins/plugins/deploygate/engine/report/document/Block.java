package io.jenkins.plugins.deploygate.engine.report.document;

import java.util.List;
import java.util.Objects;

/**
 * One block of a report: what is said, not how it looks. The writers ({@code TextWriter}, {@code
 * MarkdownWriter}, {@code HtmlWriter}) decide the looks and do all the escaping, so no text that
 * came from a log or a user is ever placed in a page by hand.
 */
public sealed interface Block {

    /** Calls the visitor's method for this kind of block. */
    void accept(Visitor visitor);

    /** One method per kind of block, so that a writer cannot forget one. */
    interface Visitor {
        void heading(Heading heading);

        void paragraph(Paragraph paragraph);

        void callout(Callout callout);

        void facts(Facts facts);

        void bullets(Bullets bullets);

        void table(Table table);

        void excerpt(Excerpt excerpt);

        void codeBlock(CodeBlock codeBlock);
    }

    /** A heading; level 1 is the document's title. */
    record Heading(int level, String text) implements Block {
        @Override
        public void accept(Visitor visitor) {
            visitor.heading(this);
        }

        public Heading {
            if (level < 1 || level > 4) {
                throw new IllegalArgumentException("level: " + level + " is not between 1 and 4");
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph of running text. */
    record Paragraph(List<Inline> parts) implements Block {
        @Override
        public void accept(Visitor visitor) {
            visitor.paragraph(this);
        }

        public Paragraph {
            parts = List.copyOf(parts);
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(Inline.text(text)));
        }
    }

    /** A highlighted sentence: a verdict, a warning that must not be missed. */
    record Callout(Tone tone, String title, String text) implements Block {
        @Override
        public void accept(Visitor visitor) {
            visitor.callout(this);
        }

        public Callout {
            Objects.requireNonNull(tone, "tone");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Labelled values, shown as a two-column table. */
    record Facts(List<Fact> facts) implements Block {
        @Override
        public void accept(Visitor visitor) {
            visitor.facts(this);
        }

        public Facts {
            facts = List.copyOf(facts);
        }
    }

    /** A bulleted list. */
    record Bullets(List<Paragraph> items) implements Block {
        @Override
        public void accept(Visitor visitor) {
            visitor.bullets(this);
        }

        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A table with a header row; every row has as many cells as there are headers. */
    record Table(List<String> headers, List<List<Inline>> rows) implements Block {
        @Override
        public void accept(Visitor visitor) {
            visitor.table(this);
        }

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() != headers.size()) {
                    throw new IllegalArgumentException(
                            "rows[" + i + "]: " + rows.get(i).size() + " cells for " + headers.size() + " headers");
                }
            }
        }
    }

    /**
     * Lines quoted verbatim from a log, numbered from {@code firstLine}; the line at {@code
     * markedLine} (0 for none) is the one a finding points at.
     */
    record Excerpt(List<String> lines, long firstLine, long markedLine) implements Block {
        @Override
        public void accept(Visitor visitor) {
            visitor.excerpt(this);
        }

        public Excerpt {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Code quoted as it is, a failing statement say: kept line by line in a fixed-width font,
     * unnumbered, since its lines are the code's, not the log's.
     *
     * @param language what the code is written in ({@code sql}), for highlighting where a writer
     *     offers it: lower-case letters and digits, so that it is safe as a Markdown info string and
     *     an HTML class
     */
    record CodeBlock(String language, List<String> lines) implements Block {
        @Override
        public void accept(Visitor visitor) {
            visitor.codeBlock(this);
        }

        public CodeBlock {
            if (language == null || !language.matches("[a-z][a-z0-9]*")) {
                throw new IllegalArgumentException("language: \"" + language + "\" is not a lower-case name");
            }
            lines = List.copyOf(lines);
        }

        /** The block of {@code text}, one line per line of it. */
        public static CodeBlock of(String language, String text) {
            return new CodeBlock(language, text.lines().toList());
        }
    }

    /** How a callout or a status should strike the reader. */
    enum Tone {
        SUCCESS,
        INFO,
        WARNING,
        DANGER
    }
}

package io.jenkins.plugins.deploygate.engine.report.render;

import io.jenkins.plugins.deploygate.engine.report.document.Block;
import io.jenkins.plugins.deploygate.engine.report.document.Document;

/**
 * Turns a {@link Document} into text of one format. A writer is a {@link Block.Visitor}, so the
 * compiler checks that it handles every kind of block. A writer holds the text it is writing:
 * use a new one for each document.
 */
public abstract class DocumentWriter implements Block.Visitor {

    protected final StringBuilder out = new StringBuilder(4096);

    /** The whole document in this writer's format. */
    public final String write(Document document) {
        begin(document);
        document.blocks().forEach(block -> block.accept(this));
        end(document);
        return out.toString();
    }

    protected abstract void begin(Document document);

    protected abstract void end(Document document);
}

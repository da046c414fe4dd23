package io.jenkins.plugins.deploygate.engine.capture.detect;

/** Recognises one family of errors in the content of a line (see {@link LineText#content}). */
interface Detector {

    /** Reports what {@code text} holds; true when the line is consumed and no other detector should read it. */
    boolean detect(long line, String text);

    /** The log ended: report what an open block holds. */
    default void finish() {}
}

package io.jenkins.plugins.deploygate.engine.capture.detect;

import com.google.re2j.Matcher;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Catalogue;

/** The DBA's own entries that stand alone: a pattern matched against every line. */
final class CustomDetector implements Detector {

    private final DetectContext context;

    CustomDetector(DetectContext context) {
        this.context = context;
    }

    @Override
    public boolean detect(long line, String text) {
        for (Catalogue.CompiledEntry custom : context.catalogue().lineEntries()) {
            Matcher matcher = custom.pattern().matcher(text);
            if (matcher.find()) {
                String message =
                        matcher.groupCount() >= 1 && matcher.group(1) != null ? matcher.group(1) : matcher.group();
                context.report(Hit.of(custom.entry(), null, message, line, null));
                return true;
            }
        }
        return false;
    }
}

package io.jenkins.plugins.deploygate.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.capture.catalog.LinearPattern;
import io.jenkins.plugins.deploygate.engine.capture.catalog.Severity;
import java.util.Locale;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * An error-catalogue entry a DBA adds ({@code catalog:} in the YAML): how to recognise an error in
 * a deployment's output and how to fix it. Converted to the engine's {@link CatalogEntry}, which
 * validates it.
 */
public class CatalogEntryConfig extends AbstractDescribableImpl<CatalogEntryConfig> {

    private final String id;
    private final String title;
    private final String fix;
    private String engine;
    private String tool;
    private String code;
    private String pattern;
    private String severity = Severity.ERROR.name();
    private String link;

    @DataBoundConstructor
    public CatalogEntryConfig(String id, String title, String fix) {
        this.id = Util.fixEmptyAndTrim(id);
        this.title = Util.fixEmptyAndTrim(title);
        this.fix = Util.fixEmptyAndTrim(fix);
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getFix() {
        return fix;
    }

    public String getEngine() {
        return engine;
    }

    @DataBoundSetter
    public void setEngine(String engine) {
        this.engine = Util.fixEmptyAndTrim(engine);
    }

    public String getTool() {
        return tool;
    }

    @DataBoundSetter
    public void setTool(String tool) {
        this.tool = Util.fixEmptyAndTrim(tool);
    }

    public String getCode() {
        return code;
    }

    @DataBoundSetter
    public void setCode(String code) {
        this.code = Util.fixEmptyAndTrim(code);
    }

    public String getPattern() {
        return pattern;
    }

    /** Not trimmed: leading or trailing blanks can be part of a regular expression. */
    @DataBoundSetter
    public void setPattern(String pattern) {
        this.pattern = Util.fixEmpty(pattern);
    }

    public String getSeverity() {
        return severity;
    }

    @DataBoundSetter
    public void setSeverity(String severity) {
        String given = Util.fixEmptyAndTrim(severity);
        this.severity = given == null ? Severity.ERROR.name() : given.toUpperCase(Locale.ROOT);
    }

    public String getLink() {
        return link;
    }

    @DataBoundSetter
    public void setLink(String link) {
        this.link = Util.fixEmptyAndTrim(link);
    }

    /**
     * The engine's entry; throws {@link IllegalArgumentException} with the engine's message when a
     * value is refused.
     */
    CatalogEntry toEntry() {
        Severity level;
        try {
            level = Severity.valueOf(severity);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(Messages.CatalogEntryConfig_BadSeverity(severity));
        }
        return new CatalogEntry(id, engine, tool, code, title, pattern, level, fix, link);
    }

    @Extension
    public static class DescriptorImpl extends Descriptor<CatalogEntryConfig> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.CatalogEntryConfig_DisplayName();
        }

        @POST
        public ListBoxModel doFillSeverityItems() {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            ListBoxModel items = new ListBoxModel();
            for (Severity level : Severity.values()) {
                items.add(level.name());
            }
            return items;
        }

        @POST
        public FormValidation doCheckId(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return Util.fixEmptyAndTrim(value) == null
                    ? FormValidation.error(Messages.FieldCheck_Required())
                    : FormValidation.ok();
        }

        @POST
        public FormValidation doCheckPattern(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            if (Util.fixEmpty(value) == null) {
                return FormValidation.ok();
            }
            // The engine's own check: the pattern runs on RE2/J, which refuses back-references and look-arounds.
            return LinearPattern.problem(value).map(FormValidation::error).orElse(FormValidation.ok());
        }
    }
}

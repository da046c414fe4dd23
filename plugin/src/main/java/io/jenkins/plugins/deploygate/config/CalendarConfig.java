package io.jenkins.plugins.deploygate.config;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.AbstractDescribableImpl;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import io.jenkins.plugins.deploygate.engine.rules.CalendarText;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The business calendar of the rules ({@code calendar:} in the YAML): the zone in which windows,
 * freezes and business days are read, the workdays, and the holidays. Unset values keep the
 * engine's defaults (UTC, Monday to Friday, no holidays).
 */
public class CalendarConfig extends AbstractDescribableImpl<CalendarConfig> {

    static final List<String> DEFAULT_WORKDAYS = List.of("MON", "TUE", "WED", "THU", "FRI");

    private String zone = "UTC";
    private List<String> workdays = new ArrayList<>(DEFAULT_WORKDAYS);
    private List<String> holidays = new ArrayList<>();

    @DataBoundConstructor
    public CalendarConfig() {}

    public String getZone() {
        return zone;
    }

    @DataBoundSetter
    public void setZone(String zone) {
        this.zone = zone;
    }

    public List<String> getWorkdays() {
        return workdays == null ? List.of() : List.copyOf(workdays);
    }

    @DataBoundSetter
    public void setWorkdays(List<String> workdays) {
        this.workdays = FormLists.copy(workdays);
    }

    public List<String> getHolidays() {
        return holidays == null ? List.of() : List.copyOf(holidays);
    }

    @DataBoundSetter
    public void setHolidays(List<String> holidays) {
        this.holidays = FormLists.copy(holidays);
    }

    /** The workdays as the form's text box shows them, comma-separated. */
    public String getWorkdaysText() {
        return String.join(", ", getWorkdays());
    }

    /** The holidays as the form's text area shows them, one per line. */
    public String getHolidaysText() {
        return String.join("\n", getHolidays());
    }

    @Extension
    public static class DescriptorImpl extends Descriptor<CalendarConfig> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.CalendarConfig_DisplayName();
        }

        @POST
        public FormValidation doCheckZone(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return FieldCheck.of(value, CalendarText::zone);
        }

        @POST
        public FormValidation doCheckWorkdaysText(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return FieldCheck.ofEach(FormLists.split(value), CalendarText::day);
        }

        @POST
        public FormValidation doCheckHolidaysText(@QueryParameter String value) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            return FieldCheck.ofEach(FormLists.split(value), CalendarText::date);
        }
    }
}

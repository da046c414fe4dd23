package io.jenkins.plugins.deploygate.config;

import hudson.BulkChange;
import hudson.Extension;
import hudson.ExtensionList;
import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * The DBAs' rules in Jenkins' global settings, and under {@code unclassified: deployGate:} in JCasC
 * (docs/rules-reference.md: the property names are the YAML keys). Stored as plugin-defined values; the
 * engine's view of them is computed once per change by {@link RulesMapper}.
 */
@Extension
@Symbol("deployGate")
public class DeployGateConfiguration extends GlobalConfiguration {

    private CalendarConfig calendar;
    private List<GroupConfig> groups = new ArrayList<>();
    private List<EnvironmentConfig> environments = new ArrayList<>();
    private List<CatalogEntryConfig> catalog = new ArrayList<>();

    private transient volatile MappedRules mapped;

    public DeployGateConfiguration() {
        load();
    }

    public static DeployGateConfiguration get() {
        return ExtensionList.lookupSingleton(DeployGateConfiguration.class);
    }

    public CalendarConfig getCalendar() {
        return calendar;
    }

    @DataBoundSetter
    public void setCalendar(CalendarConfig calendar) {
        this.calendar = calendar;
        changed();
    }

    public List<GroupConfig> getGroups() {
        return groups == null ? List.of() : List.copyOf(groups);
    }

    @DataBoundSetter
    public void setGroups(List<GroupConfig> groups) {
        this.groups = groups == null ? new ArrayList<>() : new ArrayList<>(groups);
        changed();
    }

    public List<EnvironmentConfig> getEnvironments() {
        return environments == null ? List.of() : List.copyOf(environments);
    }

    @DataBoundSetter
    public void setEnvironments(List<EnvironmentConfig> environments) {
        this.environments = environments == null ? new ArrayList<>() : new ArrayList<>(environments);
        changed();
    }

    public List<CatalogEntryConfig> getCatalog() {
        return catalog == null ? List.of() : List.copyOf(catalog);
    }

    @DataBoundSetter
    public void setCatalog(List<CatalogEntryConfig> catalog) {
        this.catalog = catalog == null ? new ArrayList<>() : new ArrayList<>(catalog);
        changed();
    }

    /** The configuration as the engine sees it, with every problem found. */
    public MappedRules getMapped() {
        MappedRules current = mapped;
        if (current == null) {
            current = RulesMapper.map(calendar, getGroups(), getEnvironments(), getCatalog());
            mapped = current;
        }
        return current;
    }

    /**
     * The engine's rules.
     *
     * @throws InvalidConfigurationException listing every problem when a value is refused (possible
     *     after a JCasC apply or a hand-edited file; the form refuses to save such values)
     */
    public GateRules getRules() throws InvalidConfigurationException {
        MappedRules current = getMapped();
        return current.rules().orElseThrow(() -> new InvalidConfigurationException(current.problems()));
    }

    /**
     * The rules' calendar zone, in which pages and reports show times; the controller's zone while
     * the rules do not map.
     */
    public ZoneId getZone() {
        return getMapped().rules().map(rules -> rules.calendar().zone()).orElse(ZoneId.systemDefault());
    }

    /** The DBAs' extra error-catalogue entries that the engine accepted, for the deployment scan. */
    public List<CatalogEntry> getCatalogEntries() {
        return getMapped().catalogEntries();
    }

    @Override
    public synchronized void load() {
        super.load();
        mapped = null;
    }

    /**
     * Binds the form (lists cleared first, so that deleting the last row empties a list) and
     * refuses to save values the engine refuses, restoring what was there.
     */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        CalendarConfig oldCalendar = calendar;
        List<GroupConfig> oldGroups = groups;
        List<EnvironmentConfig> oldEnvironments = environments;
        List<CatalogEntryConfig> oldCatalog = catalog;
        try (BulkChange change = new BulkChange(this)) {
            calendar = null;
            groups = new ArrayList<>();
            environments = new ArrayList<>();
            catalog = new ArrayList<>();
            req.bindJSON(this, FormLists.normalize(json));
            mapped = null;
            List<String> problems = getMapped().problems();
            if (!problems.isEmpty()) {
                calendar = oldCalendar;
                groups = oldGroups;
                environments = oldEnvironments;
                catalog = oldCatalog;
                mapped = null;
                throw new FormException(
                        Messages.DeployGateConfiguration_Invalid(String.join("\n", problems)), "environments");
            }
            change.commit();
        } catch (IOException e) {
            throw new FormException(e, "environments");
        }
        return true;
    }

    private void changed() {
        mapped = null;
        save();
    }
}

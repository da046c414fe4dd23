package io.jenkins.plugins.deploygate.config;

import hudson.BulkChange;
import hudson.Extension;
import hudson.ExtensionList;
import io.jenkins.plugins.deploygate.engine.capture.catalog.CatalogEntry;
import io.jenkins.plugins.deploygate.engine.rules.GateRules;
import io.jenkins.plugins.deploygate.engine.rules.RuleWarning;
import io.jenkins.plugins.deploygate.engine.rules.RulesValidator;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * The DBAs' rules in Jenkins' global settings, and under {@code unclassified: deployGate:} in JCasC
 * (docs/rules-reference.md: the property names are the YAML keys). Stored as plugin-defined values; the
 * engine's view of them is computed once per change by {@link RulesMapper}. Values the engine refuses
 * are refused by the form and reported by the gates; the engine's warnings about valid rules
 * ({@link RulesValidator}, as {@code deploy-gate validate} gives them) are shown on the form and
 * logged whenever the rules are saved, which is how a JCasC apply ends.
 */
@Extension
@Symbol("deployGate")
public class DeployGateConfiguration extends GlobalConfiguration {

    private CalendarConfig calendar;
    private List<GroupConfig> groups = new ArrayList<>();
    private List<EnvironmentConfig> environments = new ArrayList<>();
    private List<CatalogEntryConfig> catalog = new ArrayList<>();

    private static final Logger LOGGER = Logger.getLogger(DeployGateConfiguration.class.getName());

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
        return current.rules().orElseThrow(() -> new InvalidConfigurationException(sentences(current.problems())));
    }

    /**
     * The engine's warnings about the rules as saved, asking the security realm about groups the
     * rules do not define; empty while the rules do not map.
     */
    public List<RuleWarning> getWarnings() {
        return getMapped()
                .rules()
                .map(rules -> RulesValidator.warnings(rules, RealmGroups.current()))
                .orElse(List.of());
    }

    /** The warnings in the form's words, for the global configuration page. */
    public List<String> getWarningSentences() {
        FieldNames names = FieldNames.of(this);
        return getWarnings().stream()
                .map(warning -> names.sentence(new ConfigProblem(warning.field(), warning.message())))
                .toList();
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

    /** Saves, then logs the warnings: once per JCasC apply or form submission (each ends in one save). */
    @Override
    public synchronized void save() {
        super.save();
        if (!BulkChange.contains(this)) {
            for (RuleWarning warning : getWarnings()) {
                LOGGER.warning(() -> "Deploy Gate rules: " + warning);
            }
        }
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
            List<ConfigProblem> problems = getMapped().problems();
            if (!problems.isEmpty()) {
                List<String> sentences = sentences(problems);
                calendar = oldCalendar;
                groups = oldGroups;
                environments = oldEnvironments;
                catalog = oldCatalog;
                mapped = null;
                throw new FormException(
                        Messages.DeployGateConfiguration_Invalid(String.join("\n", sentences)), "environments");
            }
            change.commit();
        } catch (IOException e) {
            throw new FormException(e, "environments");
        }
        return true;
    }

    /** The problems in the words of the form, naming items by the names they have in this configuration. */
    private List<String> sentences(List<ConfigProblem> problems) {
        FieldNames names = FieldNames.of(this);
        return problems.stream().map(names::sentence).toList();
    }

    private void changed() {
        mapped = null;
        save();
    }
}

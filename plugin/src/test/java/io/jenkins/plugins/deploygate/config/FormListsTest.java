package io.jenkins.plugins.deploygate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatList;

import net.sf.json.JSONArray;
import net.sf.json.JSONObject;
import org.junit.jupiter.api.Test;

/** The web form's text fields become the lists the setters (and JCasC) take. */
class FormListsTest {

    @Test
    void textFieldsBecomeArraysUnderTheYamlKeys() {
        JSONObject form = JSONObject.fromObject(
                """
                {"calendar": {"zone": "Europe/Berlin", "workdaysText": "MON, TUE\\nWED", "holidaysText": "2026-12-24\\n2026-12-25"},
                 "groups": {"name": "dba", "membersText": "alice, bob"},
                 "environments": [
                   {"name": "production", "windowsText": "Tue,Thu 18:00-22:00\\r\\nFri 22:00-02:00\\n",
                    "approvals": [{"group": "", "usersText": "alice bob", "count": "1"}],
                    "exceptions": {"grantedBy": "dba", "waiveText": "leadTime,window"}},
                   {"name": "*", "exceptions": false}
                 ]}
                """);

        FormLists.normalize(form);

        JSONObject calendar = form.getJSONObject("calendar");
        assertThatList(calendar.getJSONArray("workdays")).containsExactly("MON", "TUE", "WED");
        assertThatList(calendar.getJSONArray("holidays")).containsExactly("2026-12-24", "2026-12-25");
        assertThat(calendar.has("workdaysText")).isFalse();
        assertThatList(form.getJSONObject("groups").getJSONArray("members")).containsExactly("alice", "bob");
        JSONArray environments = form.getJSONArray("environments");
        JSONObject production = environments.getJSONObject(0);
        assertThatList(production.getJSONArray("windows")).containsExactly("Tue,Thu 18:00-22:00", "Fri 22:00-02:00");
        assertThatList(production.getJSONArray("approvals").getJSONObject(0).getJSONArray("users"))
                .containsExactly("alice", "bob");
        assertThatList(production.getJSONObject("exceptions").getJSONArray("waive"))
                .containsExactly("leadTime", "window");
        assertThat(environments.getJSONObject(1).has("exceptions")).isFalse();
    }

    @Test
    void anEmptyTextFieldIsAnEmptyList() {
        JSONObject form = JSONObject.fromObject("{\"environments\": {\"name\": \"dev\", \"windowsText\": \"\"}}");

        FormLists.normalize(form);

        assertThatList(form.getJSONObject("environments").getJSONArray("windows"))
                .isEmpty();
    }
}

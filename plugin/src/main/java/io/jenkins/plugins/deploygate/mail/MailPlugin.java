package io.jenkins.plugins.deploygate.mail;

import hudson.PluginWrapper;
import jenkins.model.Jenkins;

/** Whether the optional Mailer plugin is there; names no Mailer class, so it always loads. */
public final class MailPlugin {

    private MailPlugin() {}

    /** True when the Mailer plugin is installed and active: only then may {@link MailSender} be used. */
    public static boolean isActive() {
        PluginWrapper mailer = Jenkins.get().getPluginManager().getPlugin("mailer");
        return mailer != null && mailer.isActive();
    }
}

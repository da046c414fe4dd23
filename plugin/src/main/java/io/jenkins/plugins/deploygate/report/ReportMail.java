package io.jenkins.plugins.deploygate.report;

import hudson.model.User;
import hudson.tasks.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jenkins.plugins.mailer.tasks.MimeMessageBuilder;

/**
 * The one class of the report package that touches the Mailer plugin, an optional dependency: it is
 * loaded only after {@link DeployReportPublisher} found the plugin, so reports work without it.
 */
final class ReportMail {

    private ReportMail() {}

    /**
     * Sends {@code message} to the recipients that have an address.
     *
     * @return the addresses mailed; empty when none of the users has an address
     * @throws IOException when the mail could not be built or sent
     */
    static List<String> send(Recipients recipients, ReportMessages message) throws IOException {
        List<String> addresses = new ArrayList<>(recipients.addresses());
        for (String id : recipients.userIds()) {
            User user = User.getById(id, false);
            Mailer.UserProperty property = user == null ? null : user.getProperty(Mailer.UserProperty.class);
            String address = property == null ? null : property.getAddress();
            if (address != null && !address.isBlank()) {
                addresses.add(address);
            }
        }
        if (addresses.isEmpty()) {
            return addresses;
        }
        try {
            MimeMessage mail = new MimeMessageBuilder()
                    .setMimeType("text/html")
                    .setSubject(message.subject())
                    .setBody(message.html())
                    .addRecipients(String.join(",", addresses))
                    .buildMimeMessage();
            Transport.send(mail);
        } catch (MessagingException failed) {
            throw new IOException(failed.getMessage(), failed);
        }
        return addresses;
    }
}

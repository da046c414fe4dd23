package io.jenkins.plugins.deploygate.gate;

import hudson.model.TaskListener;
import hudson.model.User;
import hudson.tasks.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jenkins.plugins.mailer.tasks.MimeMessageBuilder;

/**
 * The one class that touches the Mailer plugin, an optional dependency: it is loaded only after
 * {@link ApproverNotice} found the plugin, so Deploy Gate works without it.
 */
final class ApproverMail {

    private ApproverMail() {}

    /**
     * E-mails {@code users} who have an address in their profile.
     *
     * @return the users who were mailed
     * @throws IOException when the mail could not be built or sent
     */
    static List<String> send(Collection<String> users, String subject, String body, TaskListener listener)
            throws IOException {
        List<String> mailed = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (String id : users) {
            User user = User.getById(id, false);
            Mailer.UserProperty property = user == null ? null : user.getProperty(Mailer.UserProperty.class);
            String address = property == null ? null : property.getAddress();
            if (address != null && !address.isBlank()) {
                addresses.add(address);
                mailed.add(id);
            }
        }
        if (addresses.isEmpty()) {
            return mailed;
        }
        try {
            MimeMessage message = new MimeMessageBuilder()
                    .setListener(listener)
                    .setSubject(subject)
                    .setBody(body)
                    .addRecipients(String.join(",", addresses))
                    .buildMimeMessage();
            Transport.send(message);
        } catch (MessagingException failed) {
            throw new IOException(failed.getMessage(), failed);
        }
        return mailed;
    }
}

package io.jenkins.plugins.deploygate.mail;

import hudson.model.User;
import hudson.tasks.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jenkins.plugins.mailer.tasks.MimeMessageBuilder;

/**
 * The one class that touches the Mailer plugin, an optional dependency: callers load it only after
 * {@link MailPlugin#isActive()}, so that Deploy Gate works without it. Approvers' notices and
 * reports both go through it.
 */
public final class MailSender {

    private MailSender() {}

    /**
     * Sends one message to the given addresses and to the users who have an address in their
     * profile.
     *
     * @param mimeType {@code text/plain} or {@code text/html}
     * @return the addresses mailed; empty when nobody has one (then nothing is sent)
     * @throws IOException when the message could not be built or sent; its message names the mail
     *     server and the reason in one line, for the build log and the system log alike
     */
    public static List<String> send(
            Collection<String> addresses, Collection<String> userIds, String subject, String body, String mimeType)
            throws IOException {
        List<String> to = new ArrayList<>(addresses);
        for (String id : userIds) {
            String address = addressOf(id);
            if (address != null) {
                to.add(address);
            }
        }
        if (to.isEmpty()) {
            return to;
        }
        try {
            Transport.send(new MimeMessageBuilder()
                    .setMimeType(mimeType)
                    .setSubject(subject)
                    .setBody(body)
                    .addRecipients(String.join(",", to))
                    .buildMimeMessage());
        } catch (MessagingException failed) {
            throw new IOException(Messages.MailSender_Failed(server(), reason(failed)), failed);
        }
        return to;
    }

    /** The e-mail address in the profile of the user {@code id}, or null. */
    public static String addressOf(String id) {
        User user = User.getById(id, false);
        Mailer.UserProperty property = user == null ? null : user.getProperty(Mailer.UserProperty.class);
        String address = property == null ? null : property.getAddress();
        return address == null || address.isBlank() ? null : address;
    }

    private static String server() {
        Mailer.DescriptorImpl mailer = Mailer.descriptor();
        String host = mailer.getSmtpHost();
        String port = mailer.getSmtpPort();
        String name = host == null || host.isBlank() ? "localhost" : host;
        return port == null || port.isBlank() ? name : name + ":" + port;
    }

    /** The innermost message: "Connection refused", not the wrapper's "Couldn't connect to host". */
    private static String reason(Throwable failed) {
        Throwable cause = failed;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null
                ? cause.getMessage()
                : cause.getClass().getSimpleName();
    }
}

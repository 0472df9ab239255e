package dev.taskfit.classify.email;

import java.util.List;

/**
 * What a spam filter reads from an email: the decoded subject, the visible body text (plain and HTML
 * parts, HTML stripped) and a few header signals that describe how the mail was made, not who collected it.
 *
 * @param subject       decoded Subject header, empty when absent
 * @param body          visible text of all text parts, in order
 * @param headerSignals words such as "mailer outlook", "from-domain example com", "html-only"
 */
public record EmailMessage(String subject, String body, List<String> headerSignals) {

    public EmailMessage {
        headerSignals = List.copyOf(headerSignals);
    }
}

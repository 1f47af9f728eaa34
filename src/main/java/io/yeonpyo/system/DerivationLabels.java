package io.yeonpyo.system;

import io.yeonpyo.extraction.Derivation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Words how a date was worked out, from the message bundles: key {@code derivation.<rule>} with the rule's arguments
 * and, last, the wording of the derivation it builds on. Templates call it as
 * {@code ${@derivations.text(source.derivation)}}.
 */
public class DerivationLabels {

    private final MessageSource messages;

    DerivationLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** In the current request's locale; null for no derivation. */
    public String text(Derivation derivation) {
        return text(derivation, LocaleContextHolder.getLocale());
    }

    public String text(Derivation derivation, Locale locale) {
        if (derivation == null) {
            return null;
        }
        List<Object> args = new ArrayList<>(derivation.args());
        if (derivation.nested() != null) {
            args.add(text(derivation.nested(), locale));
        }
        return messages.getMessage("derivation." + derivation.rule(), args.toArray(), locale);
    }
}

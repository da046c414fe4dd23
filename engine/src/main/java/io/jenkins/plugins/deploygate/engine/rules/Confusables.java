package io.jenkins.plugins.deploygate.engine.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The skeleton of a name: what it looks like, whatever characters spell it. Two names with the
 * same skeleton are visually confusable, like {@code production} and {@code prоduction} with a
 * Cyrillic {@code о}.
 *
 * <p>This is a small part of Unicode's confusables (UTS #39) on purpose: environment names are
 * written in Latin letters, and the look-alikes that turn up in them come from the scripts whose
 * letters look Latin (Cyrillic and Greek) and from fullwidth forms (pasted from East Asian input
 * methods). Compatibility forms (fullwidth, ligatures, superscripts) are folded by NFKD, accents
 * are dropped, and the Cyrillic and Greek letters that are drawn like a Latin letter map to it.
 * Zero-width and other invisible format characters are dropped, so are spaces. Digits that look
 * like letters ({@code 0} and {@code o}) are left alone: one of them in a name is one edit, which
 * the near-miss check catches anyway, and mapping them would make {@code db-0} look like {@code
 * db-o}.
 */
final class Confusables {

    private static final Map<Character, Character> LATIN_LOOK_ALIKES = table(
            // Cyrillic, lower case
            "аa вb сc ԁd еe һh іi јj кk ӏl мm оo рp ԛq ѕs тt хx уy ԝw "
                    // Cyrillic, upper case
                    + "Аa Вb Сc Еe Нh Іi Јj Кk Ӏl Мm Оo Рp Ԛq Ѕs Тt Хx Уy Үy Ԝw "
                    // Greek, lower case
                    + "αa ϲc ιi ϳj κk νv οo ρp υu χx "
                    // Greek, upper case
                    + "Αa Βb Ϲc Εe Ηh Ιi Ϳj Κk Μm Νn Οo Ρp Τt Χx Υy Ζz");

    private Confusables() {}

    /** The skeleton of {@code name}: folded, stripped of accents, invisibles and spaces, look-alikes mapped, lower case. */
    static String skeleton(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder skeleton = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.FORMAT
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c)) {
                continue;
            }
            skeleton.append(LATIN_LOOK_ALIKES.getOrDefault(c, c));
        }
        return skeleton.toString().toLowerCase(Locale.ROOT);
    }

    private static Map<Character, Character> table(String pairs) {
        return java.util.Arrays.stream(pairs.trim().split(" "))
                .collect(java.util.stream.Collectors.toUnmodifiableMap(pair -> pair.charAt(0), pair -> pair.charAt(1)));
    }
}

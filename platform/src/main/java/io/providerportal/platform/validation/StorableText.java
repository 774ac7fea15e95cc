package io.providerportal.platform.validation;

/**
 * The one rule for text from outside: it must be storable and read back as sent. PostgreSQL stores no U+0000, and a
 * lone UTF-16 surrogate is no Unicode character at all (it would read back as {@code ?} from one read model and as
 * itself from another), so text holding either is refused at the edge, before any command or event sees it.
 */
public final class StorableText {

    public static final String REASON = "must be Unicode text without NUL characters";

    private StorableText() {}

    public static boolean isStorable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}

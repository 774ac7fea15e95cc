package io.providerportal.platform.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Applies {@link StorableText} to every string of every JSON request body, wherever it sits, so that no endpoint can
 * forget it. Spring Boot adds this module to the web layer's object mapper; events are written and read by the
 * separate event mapper, which never refuses what is already stored.
 */
@Component
public class StorableTextModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public StorableTextModule() {
        super("storable-text");
        addDeserializer(String.class, new CheckedStrings());
    }

    /** Raised for a string that breaks the rule; its path names the field. */
    public static final class UnstorableTextException extends InvalidFormatException {

        private static final long serialVersionUID = 1L;

        UnstorableTextException(JsonParser parser, String value) {
            super(parser, "text " + StorableText.REASON, value, String.class);
        }
    }

    private static final class CheckedStrings extends StringDeserializer {

        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && !StorableText.isStorable(value)) {
                throw new UnstorableTextException(parser, value);
            }
            return value;
        }
    }
}

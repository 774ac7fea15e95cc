package io.providerportal.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value must be a well-formed EncString of one of the given types; {@code null} is left to {@code @NotNull}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EncStringValidator.class)
public @interface EncString {

    Type[] value() default Type.SYMMETRIC;

    String message() default "must be an encrypted string (EncString), not plaintext";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Type {
        /** Type 2: AES-256-CBC with HMAC-SHA256, under a symmetric key. */
        SYMMETRIC,
        /** Type 4: RSA-OAEP, under a member's public key. */
        ASYMMETRIC
    }
}

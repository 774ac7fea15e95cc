package io.providerportal.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

class EncStringValidator implements ConstraintValidator<EncString, String> {

    private Set<EncString.Type> types;

    @Override
    public void initialize(EncString annotation) {
        types = Set.of(annotation.value());
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return (types.contains(EncString.Type.SYMMETRIC) && EncStrings.isSymmetric(value))
                || (types.contains(EncString.Type.ASYMMETRIC) && EncStrings.isAsymmetric(value));
    }
}

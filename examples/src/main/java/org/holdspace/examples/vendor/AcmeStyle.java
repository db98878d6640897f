package org.holdspace.examples.vendor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * ACME's own Immutables style, as the README shows it: {@code validationMethod = NONE} hands
 * missing attributes to the type's own {@code @Value.Check}, so that a {@code ValidationException}
 * lists every violation at once, the library's and ACME's together.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    jdkOnly = true,
    depluralize = true,
    redactedMask = "***",
    validationMethod = Value.Style.ValidationMethod.NONE)
public @interface AcmeStyle {}

package org.holdspace.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: JDK collections only; generated {@code Immutable*}
 * types that are package-private (the public API is the hand-written abstract types and the
 * builder interfaces they declare, which the generated builders implement, so an Immutables
 * upgrade is never an API change); {@code ***} in place of redacted values; and missing attributes
 * handed to the type's own check so that every violation is reported at once, in {@link
 * org.holdspace.validation.ValidationException}.
 *
 * <p>Kept in the sources only ({@code SOURCE} retention): the processor reads it while core is
 * compiled, and no class file of core names it, so a tool that reads core's classes (javadoc of a
 * module that depends on core) never needs Immutables to read its settings.
 *
 * <p>Internal: not exported. Vendors may copy it for their own value types.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    jdkOnly = true,
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    redactedMask = "***",
    depluralize = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    defaults = @Value.Immutable(copy = true))
public @interface HoldspaceStyle {}

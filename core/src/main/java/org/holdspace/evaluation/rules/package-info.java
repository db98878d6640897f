/**
 * The library's standard rules (rule set {@code holdspace.standard}, version 2), each with a stable id and a version; vendors add, remove and replace rules through {@link org.holdspace.evaluation.RuleSet}.
 *
 * <p>Entry points: {@link org.holdspace.evaluation.rules.StandardRules#ruleSet()}.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * java.lang.NullPointerException} (a builder records it as a missing value and reports it with every
 * other violation, in a {@link org.holdspace.validation.ValidationException}). Absent values are
 * {@link java.util.Optional}.
 *
 * <p>Thread safety: every value is immutable and safe to share between threads; builders are not.
 */
package org.holdspace.evaluation.rules;

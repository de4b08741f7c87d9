package org.okrkit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every OKR value type: the generated {@code Immutable*} classes stay
 * package-private behind the abstract types, so the public API is the abstract type, its
 * factories and its nested {@code Builder}. The generated builder is package-private too, so
 * that javadoc documents its methods in the public {@code Builder} that extends it (a public
 * generated builder inside a package-private class left them as bare inherited names).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true, prehash = false),
    privateNoargConstructor = false,
    optionalAcceptNullable = false,
    get = {"is*", "get*"})
public @interface OkrStyle {}

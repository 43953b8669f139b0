package io.github.policytasks.core;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this package: the package-private abstract type {@code AbstractTask}
 * generates the public immutable {@code Task} with a builder, {@code with*} copies and Jackson
 * bindings, so that only the generated types are public. {@code allowedClasspathAnnotations} lists
 * {@code Override} alone so that no annotation found on the compiler's class path (Immutables' own
 * {@code @Generated}, {@code javax.annotation.*}) is written on the generated types: a user who
 * compiles against this jar without Immutables, with {@code -Xlint:all -Werror}, sees no warning.
 * The metrics and render packages repeat these settings, without Jackson, on their package.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    forceJacksonPropertyNames = false,
    allowedClasspathAnnotations = Override.class,
    defaults = @Value.Immutable(copy = true))
@JsonSerialize
@interface PolicyStyle {}

package io.github.policytasks.core;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: an abstract type {@code AbstractTask} generates the
 * public immutable {@code Task} with a builder, {@code with*} copies and Jackson bindings.
 * Apply it to a package through {@code package-info.java}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    forceJacksonPropertyNames = false,
    defaults = @Value.Immutable(copy = true))
@JsonSerialize
public @interface PolicyStyle {}

package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A responsible organisation named in a responsibility note, as a lead or a supporting unit: the
 * name exactly as written ({@code 县发改局}), its canonical name when an alias table knows one
 * ({@code 县发展和改革局}), and the level and kind its name shows. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"name", "canonicalName", "level", "kind"})
abstract class AbstractLeadUnit {

  /** {@return the name exactly as written in the plan} */
  @Value.Parameter
  public abstract String name();

  /** {@return the canonical full name when known, otherwise absent} */
  public abstract @Nullable String canonicalName();

  /** {@return the administrative level the name shows, if any} */
  public abstract @Nullable UnitLevel level();

  /** {@return the kind of organisation the name shows, if any} */
  public abstract @Nullable OrganizationKind kind();

  /**
   * {@return whether {@code name} is this unit's written or canonical name}
   *
   * @param name a name as written, a short form or the canonical name
   */
  public final boolean isNamed(String name) {
    return name().equals(name) || name.equals(canonicalName());
  }

  /** {@return the canonical name when known, else the written one} */
  public final String preferredName() {
    String canonical = canonicalName();
    return canonical != null ? canonical : name();
  }

  @Value.Check
  void check() {
    if (name().isBlank() || !name().strip().equals(name())) {
      throw new IllegalArgumentException(
          "Unit name \"" + name() + "\" is blank or has surrounding whitespace");
    }
  }

  @Override
  public String toString() {
    return name();
  }
}

package io.github.policytasks.metrics;

import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanJson;
import io.github.policytasks.core.PlanJsonException;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Subsection;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The full check of the JSON contract: {@link PlanJson#read(String)} refuses everything the model
 * alone can tell is wrong (shape, ids, ranges, spans, negative counts); this class adds what only
 * the unit catalogue can tell. For every target and goal whose value has a {@code normalized}
 * form: the unit is in the catalogue, {@code normalized} is exactly the value in the canonical
 * unit ({@code 4家} beside {@code 5家} is refused), {@code normalizedUpper} likewise for the
 * upper value, and {@code dimension} is the unit's dimension ({@code AREA} for {@code 家} is
 * refused). A target whose unit the catalogue lacks and that claims no normalized value is kept:
 * that is how a parser reports a unit it does not know.
 *
 * <p>Read untrusted plan JSON with {@code PlanContract.standard().read(json)}. A broken rule is a
 * {@link PlanJsonException} naming the JSON path. Immutable and thread-safe.
 */
public final class PlanContract {
  private static final PlanContract STANDARD = new PlanContract(Normalizer.standard());

  private final Normalizer normalizer;

  private PlanContract(Normalizer normalizer) {
    this.normalizer = normalizer;
  }

  /** {@return the check through {@link UnitCatalogue#standard()}} */
  public static PlanContract standard() {
    return STANDARD;
  }

  /**
   * {@return the check through {@code catalogue}}
   *
   * @param catalogue the unit catalogue to read and convert units with
   */
  public static PlanContract of(UnitCatalogue catalogue) {
    return new PlanContract(Normalizer.of(Objects.requireNonNull(catalogue, "catalogue")));
  }

  /**
   * {@return the plan in {@code json}, read by {@link PlanJson#read(String)} and then {@link #check
   * checked}}
   *
   * @param json the JSON text
   * @throws PlanJsonException naming the JSON path where the contract is broken
   */
  public Plan read(String json) {
    return check(PlanJson.read(json));
  }

  /**
   * {@return the plan in the JSON of {@code in} (not closed), read and {@link #check checked}}
   *
   * @param in the stream to read (not closed)
   */
  public Plan read(InputStream in) {
    return check(PlanJson.read(in));
  }

  /**
   * {@return the plan in the JSON of {@code in} (not closed), read and {@link #check checked}}
   *
   * @param in the stream to read (not closed)
   */
  public Plan read(Reader in) {
    return check(PlanJson.read(in));
  }

  /**
   * {@return {@code plan} itself when every normalized value, upper value and dimension agrees with
   * the unit catalogue}
   *
   * @param plan the plan
   * @throws PlanJsonException naming the JSON path of the first target that disagrees
   */
  public Plan check(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    List<Section> sections = plan.sections();
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      String at = "$.sections[" + i + "]";
      checkTargets(section.goals(), at + ".goals");
      checkTasks(section.tasks(), at + ".tasks");
      List<Subsection> subsections = section.subsections();
      for (int s = 0; s < subsections.size(); s++) {
        checkTasks(subsections.get(s).tasks(), at + ".subsections[" + s + "].tasks");
      }
    }
    return plan;
  }

  private void checkTasks(List<Task> tasks, String path) {
    for (int j = 0; j < tasks.size(); j++) {
      checkTargets(tasks.get(j).targets(), path + "[" + j + "].targets");
    }
  }

  private void checkTargets(List<Target> targets, String path) {
    for (int k = 0; k < targets.size(); k++) {
      checkTarget(targets.get(k), path + "[" + k + "]");
    }
  }

  private void checkTarget(Target target, String path) {
    Optional<UnitDefinition> unit = normalizer.catalogue().find(target.value().unit());
    if (unit.isEmpty()) {
      if (target.normalized() != null || target.dimension() != null) {
        throw broken(path + ".value.unit", "the unit \"" + target.value().unit()
            + "\" is not in the unit catalogue, so the target can have neither a normalized value"
            + " nor a dimension");
      }
      return;
    }
    Dimension dimension = target.dimension();
    if (dimension != null && dimension != unit.get().dimension()) {
      throw broken(path + ".dimension", "the dimension " + dimension + " is not the dimension of "
          + target.value().unit() + ", which is " + unit.get().dimension());
    }
    agree(target.value(), target.normalized(), path + ".normalized");
    Quantity upper = target.upper();
    if (upper != null) {
      agree(upper, target.normalizedUpper(), path + ".normalizedUpper");
    }
  }

  private void agree(Quantity written, @Nullable Quantity normalized, String path) {
    if (normalized == null) {
      return;
    }
    Quantity expected = normalizer.normalize(written);
    if (!expected.unit().equals(normalized.unit())
        || expected.amount().compareTo(normalized.amount()) != 0) {
      throw broken(path, normalized + " is not " + written + " in the canonical unit: it is "
          + expected);
    }
  }

  private static PlanJsonException broken(String path, String reason) {
    return new PlanJsonException(
        "Plan JSON breaks the contract at " + path + ": " + reason, path, -1, -1, null);
  }
}

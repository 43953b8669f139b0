package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Responsibility#keepDistinct}, which compares names in place when they are few, keeps exactly
 * the names that the set-based {@link Responsibility#distinctBySet} keeps, in the same order:
 * names drawn as spans of a text in which the same unit is written several times, so repeats
 * are common.
 */
class ResponsibilityDistinctProperties {
  /** Unit names written twice or more, and one that is a prefix of another. */
  private static final String TEXT = "县科技局县财政局县科技局县发展和改革局县财政局县发展和改革局县科技";

  @Property(tries = 1000)
  void distinct_keepsWhatTheSetKeeps(@ForAll("names") List<NoteParts.Name> names,
      @ForAll("names") List<NoteParts.Name> taken) {
    List<NoteParts.Name> kept = new ArrayList<>(names);
    Responsibility.keepDistinct(kept, taken, TEXT);
    assertThat(kept).isEqualTo(Responsibility.distinctBySet(names, taken, TEXT));
  }

  @Provide
  Arbitrary<List<NoteParts.Name>> names() {
    Arbitrary<Integer> start = Arbitraries.integers().between(0, TEXT.length() - 1);
    Arbitrary<Integer> length = Arbitraries.integers().between(1, 7);
    Arbitrary<NoteParts.Name> name = Combinators.combine(start, length,
            Arbitraries.of(NoteParts.Role.class))
        .as((s, n, role) -> new NoteParts.Name(role, s, Math.min(TEXT.length(), s + n)));
    return name.list().ofMaxSize(10).map(ArrayList::new);
  }
}

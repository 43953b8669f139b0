package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link UnitCache} answers exactly as the map keyed by each name's string that it replaced: over
 * texts drawn from a few unit characters (so that names repeat, collide in part and differ by one
 * char) and {@code A a B} (so that different names share a hash: {@code Aa} and {@code BB}), with
 * and without a shared suffix, every lookup gives a unit equal to the one the map
 * gives, and the same instance exactly when the map gives the same instance.
 */
class UnitCacheProperties {
  private static final UnitFactory FACTORY = new UnitFactory(UnitAliases.defaults());

  @Property(tries = 300)
  void lookups_agreeWithAMapByString(
      @ForAll @StringLength(min = 1, max = 40) @Chars({'县', '市', '局', '委', '发', '改', '财', '政', 'A', 'a', 'B'})
      String text,
      @ForAll("spans") @Size(max = 120) List<int[]> spans) {
    UnitCache cache = new UnitCache(text);
    Map<String, LeadUnit> reference = new HashMap<>();
    Map<LeadUnit, LeadUnit> sameAs = new HashMap<>();
    for (int[] span : spans) {
      NoteParts.Name name = name(text, span);
      LeadUnit cached = cache.unit(name, FACTORY);
      LeadUnit expected = reference.computeIfAbsent(name.in(text), FACTORY::unit);
      assertThat(cached).as("%s in %s", name, text).isEqualTo(expected);
      LeadUnit before = sameAs.putIfAbsent(expected, cached);
      assertThat(before == null || before == cached).as("same name, same unit: %s", name).isTrue();
    }
    assertThat(sameAs).hasSameSizeAs(reference);
  }

  @Example
  void namesWithTheSameHash_areDifferentUnits() {
    String text = "AaBB县AaBB局";
    UnitCache cache = new UnitCache(text);
    LeadUnit aa = cache.unit(new NoteParts.Name(NoteParts.Role.LEAD, 0, 2), FACTORY);
    LeadUnit bb = cache.unit(new NoteParts.Name(NoteParts.Role.LEAD, 2, 4), FACTORY);
    LeadUnit aaCounty = cache.unit(new NoteParts.Name(NoteParts.Role.LEAD, 5, 7, 4, 5), FACTORY);
    LeadUnit bbCounty = cache.unit(new NoteParts.Name(NoteParts.Role.LEAD, 7, 9, 4, 5), FACTORY);
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(List.of(aa.name(), bb.name(), aaCounty.name(), bbCounty.name()))
        .containsExactly("Aa", "BB", "Aa县", "BB县");
    assertThat(cache.unit(new NoteParts.Name(NoteParts.Role.LEAD, 0, 2), FACTORY)).isSameAs(aa);
  }

  /** A name {@code [a, b)} of the text, and in one draw of three a suffix {@code [c, d)}. */
  private static NoteParts.Name name(String text, int[] span) {
    int n = text.length();
    int start = Math.min(span[0], span[1]) % n;
    int end = Math.min(n, start + 1 + Math.abs(span[1] - span[0]) % 4);
    if (span[2] % 3 != 0) {
      return new NoteParts.Name(NoteParts.Role.LEAD, start, end);
    }
    int suffixStart = span[3] % n;
    int suffixEnd = Math.min(n, suffixStart + 1 + span[2] % 3);
    return new NoteParts.Name(NoteParts.Role.LEAD, start, end, suffixStart, suffixEnd);
  }

  @Provide
  Arbitrary<List<int[]>> spans() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, 39);
    return Combinators.combine(at, at, at, at).as((a, b, c, d) -> new int[] {a, b, c, d}).list();
  }
}

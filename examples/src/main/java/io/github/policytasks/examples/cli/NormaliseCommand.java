package io.github.policytasks.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policytasks.core.Amount;
import io.github.policytasks.core.PlanJson;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.metrics.BoundPhrase;
import io.github.policytasks.metrics.BoundPhraseReader;
import io.github.policytasks.metrics.Normalizer;
import java.io.PrintWriter;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policy-tasks normalise}: written figures in, one JSON object per figure out. */
@Command(
    name = "normalise",
    aliases = "normalize",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Reads each written figure (不低于154万亩, 突破150亿元, 8—10个, 提升1-3个百分点) and prints one "
          + "JSON object per line: input, comparator, value, upper, exact normalized value in the "
          + "canonical unit, dimension.",
      "Amounts are exact strings: a decimal, or a fraction such as 308000000/3 when the value has "
          + "no finite decimal form (亩 → 平方米). An unreadable figure is an error line on "
          + "standard error; the others are still printed."
    })
final class NormaliseCommand implements Callable<Integer> {
  /** The JSON mapper, built on first use: naming the command loads no Jackson class. */
  private static final class Json {
    static final ObjectMapper MAPPER = PlanJson.newMapper();

    private Json() {}
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "EXPR", arity = "1..*",
      description = "Written figures, such as 不低于154万亩.")
  List<String> expressions;

  @Option(names = "--scale", paramLabel = "N",
      description = "Also round normalized values to N decimal places (field \"rounded\").")
  @Nullable Integer scale;

  @Option(names = "--rounding", paramLabel = "MODE", defaultValue = "HALF_EVEN",
      description = "Rounding mode for --scale: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}).")
  RoundingMode rounding;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exit = ExitCodes.OK;
    for (String expression : expressions) {
      try {
        out.println(Json.MAPPER.writeValueAsString(describe(expression)));
      } catch (IllegalArgumentException | ArithmeticException e) {
        err.println(OneLineErrors.line("cannot read \"" + expression + "\": " + e.getMessage()));
        exit = ExitCodes.USAGE;
      }
    }
    return exit;
  }

  private Map<String, @Nullable Object> describe(String expression) {
    BoundPhrase phrase = BoundPhraseReader.standard().parse(expression);
    Normalizer normalizer = Normalizer.standard();
    Quantity value = phrase.quantity().orElse(null);
    Quantity upper = phrase.upperQuantity().orElse(null);
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("input", expression);
    json.put("comparator", phrase.comparator());
    json.put("value", value != null ? value : unitless(phrase.value()));
    json.put("upper", upper != null ? upper : unitless(phrase.upper()));
    Quantity normalized = value == null ? null : normalizer.normalize(value);
    Quantity normalizedUpper = upper == null ? null : normalizer.normalize(upper);
    json.put("normalized", normalized);
    json.put("normalizedUpper", normalizedUpper);
    json.put("dimension", value == null ? null : normalizer.dimensionOf(value.unit()));
    if (scale != null) {
      json.put("rounded", normalized == null ? null : round(normalized.amount()));
      json.put("roundedUpper", normalizedUpper == null ? null : round(normalizedUpper.amount()));
    }
    return json;
  }

  private static @Nullable Map<String, @Nullable Object> unitless(@Nullable Amount amount) {
    if (amount == null) {
      return null;
    }
    Map<String, @Nullable Object> quantity = new LinkedHashMap<>();
    quantity.put("amount", amount);
    quantity.put("unit", null);
    return quantity;
  }

  private String round(Amount amount) {
    return amount.toBigDecimal(scale, rounding).toPlainString();
  }
}

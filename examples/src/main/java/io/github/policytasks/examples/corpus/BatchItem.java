package io.github.policytasks.examples.corpus;

import io.github.policytasks.parser.corpus.DocumentResult;
import java.util.Objects;

/**
 * One input of a batch with what became of it.
 *
 * @param input the input
 * @param result its plan or failure
 */
public record BatchItem(CorpusInput input, DocumentResult result) {
  /** Checks that no component is null. */
  public BatchItem {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(result, "result");
  }
}

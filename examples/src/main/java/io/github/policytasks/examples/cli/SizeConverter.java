package io.github.policytasks.examples.cli;

import io.github.policytasks.parser.corpus.InputSizes;
import picocli.CommandLine.ITypeConverter;

/** Reads a size option: bytes, or a number with K, M or G ({@code 256M}). */
final class SizeConverter implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    return InputSizes.parse(value);
  }
}

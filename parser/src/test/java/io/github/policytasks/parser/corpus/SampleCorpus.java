package io.github.policytasks.parser.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated corpus of plan files for the batch tool's, the Spark job's and the benchmarks'
 * tests: variants of the seed plan's text — another county ({@link #COUNTIES}), another year,
 * a random subset of its sections — in mixed charsets and line breaks (UTF-8, UTF-8 with BOM,
 * GB18030, UTF-16LE with BOM, UTF-8 with CRLF) under one folder per year, plus broken files in
 * a {@code broken/} folder: empty, blank, binary and undecodable. Deterministic for given
 * arguments.
 */
public final class SampleCorpus {
  /** The counties the variants are for: each replaces 嘉祥 (the seed's county) in the text. */
  public static final List<String> COUNTIES = List.of(
      "嘉祥", "金乡", "鱼台", "微山", "汶上", "泗水", "梁山", "兖州", "邹城", "曲阜", "任城", "鄄城");

  /** The charsets and line breaks of the variants, in turn. */
  public enum Encoding {
    /** UTF-8, LF. */
    UTF8,
    /** UTF-8 with a byte-order mark. */
    UTF8_BOM,
    /** GB18030. */
    GB18030,
    /** UTF-16 little-endian with a byte-order mark. */
    UTF16LE_BOM,
    /** UTF-8 with CRLF line breaks. */
    UTF8_CRLF
  }

  /** The kinds of broken file, in turn, and the reason the batch gives for each. */
  public enum Broken {
    /** No bytes. */
    EMPTY(InputProblem.EMPTY),
    /** Spaces and line breaks. */
    BLANK(InputProblem.BLANK),
    /** A PNG header: NUL bytes. */
    BINARY(InputProblem.BINARY),
    /** Bytes no charset decodes. */
    UNDECODABLE(InputProblem.UNREADABLE),
    /** A ZIP header: NUL bytes. */
    ARCHIVE(InputProblem.BINARY);

    private final InputProblem problem;

    Broken(InputProblem problem) {
      this.problem = problem;
    }

    /** The problem the batch reports. */
    public InputProblem problem() {
      return problem;
    }
  }

  /**
   * What was written.
   *
   * @param plans the plan files, relative to the folder, {@code /}-separated
   * @param broken the broken files, relative to the folder, with their kind
   * @param bytes the bytes of all files
   */
  public record Written(List<String> plans, List<BrokenFile> broken, long bytes) {}

  /**
   * One broken file.
   *
   * @param file the file, relative to the folder
   * @param kind what is wrong with it
   */
  public record BrokenFile(String file, Broken kind) {}

  private SampleCorpus() {}

  /** The seed plan's text. */
  public static String seedText() {
    try (InputStream in = SampleCorpus.class.getResourceAsStream(
        "/io/github/policytasks/parser/seed/000_1b2eeb0ada89c1ec.txt")) {
      if (in == null) {
        throw new IllegalStateException("The seed text is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code plans} plan variants and {@code broken} broken files into {@code folder}
   * (created if missing), drawn from {@code seed}.
   */
  public static Written write(Path folder, int plans, int broken, long seed) throws IOException {
    String text = seedText();
    List<String> head = new ArrayList<>();
    List<List<String>> sections = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (isSectionHeading(line)) {
        sections.add(new ArrayList<>());
      }
      (sections.isEmpty() ? head : sections.get(sections.size() - 1)).add(line);
    }
    Random random = new Random(seed);
    List<String> planFiles = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; i < plans; i++) {
      String county = COUNTIES.get(i % COUNTIES.size());
      int year = 2019 + (i / COUNTIES.size()) % 6;
      StringBuilder variant = new StringBuilder();
      head.forEach(line -> variant.append(line).append('\n'));
      int kept = 0;
      for (int s = 0; s < sections.size(); s++) {
        boolean last = s == sections.size() - 1;
        if (random.nextInt(10) < 2 || (last && kept == 0)) {
          sections.get(s).forEach(line -> variant.append(line).append('\n'));
          kept++;
        }
      }
      String planText = variant.toString().replace("嘉祥", county).replace("2023", "" + year);
      Encoding encoding = Encoding.values()[i % Encoding.values().length];
      String name = year + "/" + String.format("%s-%04d.txt", encoding.name().toLowerCase(), i);
      bytes += write(folder.resolve(name), encode(planText, encoding));
      planFiles.add(name);
    }
    List<BrokenFile> brokenFiles = new ArrayList<>();
    for (int i = 0; i < broken; i++) {
      Broken kind = Broken.values()[i % Broken.values().length];
      String name = "broken/" + String.format("%s-%02d.txt", kind.name().toLowerCase(), i);
      bytes += write(folder.resolve(name), brokenBytes(kind, random));
      brokenFiles.add(new BrokenFile(name, kind));
    }
    return new Written(List.copyOf(planFiles), List.copyOf(brokenFiles), bytes);
  }

  private static boolean isSectionHeading(String line) {
    return line.length() > 2 && "一二三四五六七八九十".indexOf(line.charAt(0)) >= 0
        && (line.charAt(1) == '、' || line.charAt(2) == '、');
  }

  private static byte[] encode(String text, Encoding encoding) {
    switch (encoding) {
      case UTF8:
        return text.getBytes(StandardCharsets.UTF_8);
      case UTF8_BOM:
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
      case GB18030:
        return text.getBytes(Charset.forName("GB18030"));
      case UTF16LE_BOM:
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
      case UTF8_CRLF:
        return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
      default:
        throw new IllegalArgumentException("Unknown encoding " + encoding);
    }
  }

  private static byte[] brokenBytes(Broken kind, Random random) {
    switch (kind) {
      case EMPTY:
        return new byte[0];
      case BLANK:
        return " \n\t\n\u3000\n".getBytes(StandardCharsets.UTF_8);
      case BINARY: {
        byte[] png = new byte[2048];
        random.nextBytes(png);
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        System.arraycopy(header, 0, png, 0, header.length);
        return png;
      }
      case UNDECODABLE: {
        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.length; i++) {
          noise[i] = (byte) (random.nextBoolean() ? 0x80 : 0xFF);
        }
        return noise;
      }
      case ARCHIVE: {
        byte[] zip = new byte[1024];
        random.nextBytes(zip);
        byte[] header = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        System.arraycopy(header, 0, zip, 0, header.length);
        return zip;
      }
      default:
        throw new IllegalArgumentException("Unknown kind " + kind);
    }
  }

  private static long write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return bytes.length;
  }
}

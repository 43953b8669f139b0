package io.github.policytasks.metrics.lexicon;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Every word list of this package in one resource, {@code lexicons.bundle}, which the build
 * writes next to the lists ({@link #main}, after the classes are compiled): each list's text and
 * where its rows and fields stand in it ({@link LexiconFile#layout}), so that a run opens one
 * resource instead of one a list, and splits none. The text files stay the source: the bundle is
 * made from them by every build, and a test checks that it reads as they do. A list the bundle
 * does not hold (or a class path without the bundle) is read from its own resource. Immutable and
 * thread-safe.
 *
 * <p>Format, big-endian: the magic number, the number of lists, then for each its name (a {@code
 * short} length and UTF-8 bytes), the offset and length of its UTF-8 text in the data, the offset
 * and length of its layout (ints) in the data; then the data.
 */
final class LexiconBundle {
  /** The resource's name, next to this class. */
  static final String RESOURCE = "lexicons.bundle";

  private static final int MAGIC = 0x504c5831;

  private final ByteBuffer data;
  private final Map<String, int[]> lists;

  private LexiconBundle(ByteBuffer data, Map<String, int[]> lists) {
    this.data = data;
    this.lists = lists;
  }

  /** The bundle of this class path, read once. */
  private static final class Loaded {
    static final LexiconBundle BUNDLE = load();
  }

  /**
   * {@return the rows of the list {@code name} as {@link LexiconFile#read} gives them, before
   * their fields are counted; null when the bundle does not hold that list}
   */
  static @Nullable List<LexiconFile.Row> rows(String name) {
    return Loaded.BUNDLE.read(name);
  }

  /** {@return the names of the lists the bundle of this class path holds} */
  static List<String> names() {
    return List.copyOf(Loaded.BUNDLE.lists.keySet());
  }

  private @Nullable List<LexiconFile.Row> read(String name) {
    int[] place = lists.get(name);
    if (place == null) {
      return null;
    }
    byte[] bytes = new byte[place[1]];
    data.get(place[0], bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    int[] layout = new int[place[3]];
    data.asIntBuffer().get(place[2] / Integer.BYTES, layout);
    return LexiconFile.rows(name, text, layout, 0);
  }

  private static LexiconBundle load() {
    byte[] bytes;
    try (InputStream in = LexiconBundle.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return new LexiconBundle(ByteBuffer.allocate(0), Map.of());
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon bundle " + RESOURCE, e);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    if (buffer.getInt() != MAGIC) {
      throw new IllegalStateException("Lexicon bundle " + RESOURCE + " is not one");
    }
    int count = buffer.getInt();
    Map<String, int[]> lists = new HashMap<>();
    for (int i = 0; i < count; i++) {
      byte[] name = new byte[buffer.getShort()];
      buffer.get(name);
      int[] place = new int[4];
      for (int j = 0; j < place.length; j++) {
        place[j] = buffer.getInt();
      }
      lists.put(new String(name, StandardCharsets.UTF_8), place);
    }
    ByteBuffer data = buffer.slice();
    for (int[] place : lists.values()) {
      if (place[2] % Integer.BYTES != 0 || place[2] + place[3] * Integer.BYTES > data.limit()
          || place[0] + place[1] > data.limit()) {
        throw new IllegalStateException("Lexicon bundle " + RESOURCE + " is cut short");
      }
    }
    return new LexiconBundle(data, lists);
  }

  /**
   * {@return the bundle of every {@code .txt} list in {@code folder}, in the order of their names}
   *
   * @throws IllegalStateException naming the list and line of a row without its comment
   */
  static byte[] write(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted()
          .toList();
    }
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    List<String> names = new ArrayList<>();
    List<int[]> places = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      byte[] text = Files.readAllBytes(file);
      int[] layout = LexiconFile.layout(name, new String(text, StandardCharsets.UTF_8));
      int[] place = {data.size(), text.length, 0, layout.length};
      data.write(text);
      while (data.size() % Integer.BYTES != 0) {
        data.write(0);
      }
      place[2] = data.size();
      DataOutputStream ints = new DataOutputStream(data);
      for (int value : layout) {
        ints.writeInt(value);
      }
      names.add(name);
      places.add(place);
    }
    ByteArrayOutputStream bundle = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bundle);
    out.writeInt(MAGIC);
    out.writeInt(names.size());
    for (int i = 0; i < names.size(); i++) {
      byte[] name = names.get(i).getBytes(StandardCharsets.UTF_8);
      out.writeShort(name.length);
      out.write(name);
      for (int value : places.get(i)) {
        out.writeInt(value);
      }
    }
    data.writeTo(out);
    out.flush();
    return bundle.toByteArray();
  }

  /**
   * Writes {@code lexicons.bundle} into the folder {@code args[0]} (the build's copy of this
   * package's resources) from the lists there; run by the build after compiling.
   *
   * @param args the folder
   * @throws IOException if a list cannot be read or the bundle written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: LexiconBundle FOLDER");
    }
    Path folder = Path.of(args[0]);
    Files.write(folder.resolve(RESOURCE), write(folder));
  }
}

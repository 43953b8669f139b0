package io.github.policytasks.spark;

/**
 * Plan ids in Spark as in the batch tool: a file's path relative to the root the job was given,
 * {@code /}-separated ({@code 2019/utf8-0000.txt}); the file name when the root is the file.
 */
final class PlanIds {
  private PlanIds() {}

  /** The id of the file at {@code path} under {@code root} (both qualified URIs). */
  static String of(String root, String path) {
    String base = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    if (path.startsWith(base + "/")) {
      return path.substring(base.length() + 1);
    }
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}

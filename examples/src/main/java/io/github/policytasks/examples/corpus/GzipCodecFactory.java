package io.github.policytasks.examples.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet's GZIP page codec with the JDK's {@code java.util.zip}: Parquet's own codec factory
 * loads Hadoop's compression classes, which the tool does not ship. Only GZIP (and no
 * compression) is offered. Stateless and thread-safe.
 */
final class GzipCodecFactory implements CompressionCodecFactory {

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
    if (codecName != CompressionCodecName.GZIP) {
      throw new IllegalArgumentException("Only GZIP is offered, not " + codecName);
    }
    return new BytesInputCompressor() {
      @Override
      public BytesInput compress(BytesInput bytes) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
          bytes.writeAllTo(gzip);
        }
        return BytesInput.from(compressed.toByteArray());
      }

      @Override
      public CompressionCodecName getCodecName() {
        return CompressionCodecName.GZIP;
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codecName) {
    if (codecName != CompressionCodecName.GZIP) {
      throw new IllegalArgumentException("Only GZIP is offered, not " + codecName);
    }
    return new BytesInputDecompressor() {
      @Override
      public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
        try (InputStream in = new GZIPInputStream(bytes.toInputStream())) {
          return BytesInput.from(in.readNBytes(uncompressedSize));
        }
      }

      @Override
      public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output,
          int uncompressedSize) throws IOException {
        byte[] compressed = new byte[compressedSize];
        input.get(compressed);
        output.put(decompress(BytesInput.from(compressed), uncompressedSize).toByteArray());
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public void release() {}
}

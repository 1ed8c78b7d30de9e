package newsdesk.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Removes the Content-Encoding (gzip, deflate, br, in the order they were applied) with a cap on
 * the decoded size, so a compression bomb costs at most the cap. A body cut short on the wire
 * decodes to what its complete part holds.
 */
final class ContentDecoder {
  /** The decoded bytes; {@code truncated} when the cap cut them or the input ended early. */
  record Decoded(byte[] data, boolean truncated) {}

  /** The encoding is not one we can remove, or the compressed data is corrupt. */
  static final class DecodingException extends Exception {
    DecodingException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private ContentDecoder() {}

  static Decoded decode(byte[] body, String contentEncoding, long cap, boolean inputCut) throws DecodingException {
    Decoded current = new Decoded(body, inputCut);
    if (contentEncoding == null) return current;
    String[] codings = contentEncoding.toLowerCase(Locale.ROOT).split(",");
    for (int i = codings.length - 1; i >= 0; i--) {
      String coding = codings[i].strip();
      if (coding.isEmpty() || coding.equals("identity")) continue;
      current = decodeOne(current, coding, cap);
    }
    return current;
  }

  private static Decoded decodeOne(Decoded in, String coding, long cap) throws DecodingException {
    ByteArrayInputStream raw = new ByteArrayInputStream(in.data());
    InputStream stream;
    try {
      stream = switch (coding) {
        case "gzip", "x-gzip" -> new GZIPInputStream(raw, 16384);
        case "deflate" -> new InflaterInputStream(raw, new Inflater(!hasZlibHeader(in.data())), 16384);
        case "br" -> new BrotliInputStream(raw);
        default -> throw new DecodingException("unsupported Content-Encoding '" + coding + "'", null);
      };
    } catch (IOException e) {
      if (in.truncated()) return new Decoded(new byte[0], true);
      throw new DecodingException("corrupt " + coding + " body: " + e.getMessage(), e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    try (stream) {
      int n;
      while ((n = stream.read(buffer)) > 0) {
        if (out.size() + (long) n > cap) {
          out.write(buffer, 0, (int) (cap - out.size()));
          return new Decoded(out.toByteArray(), true);
        }
        out.write(buffer, 0, n);
      }
      return new Decoded(out.toByteArray(), in.truncated());
    } catch (EOFException e) {
      // The compressed stream ends early: keep what decoded, whether the wire or the server cut it.
      return new Decoded(out.toByteArray(), true);
    } catch (IOException e) {
      if (in.truncated()) return new Decoded(out.toByteArray(), true);
      throw new DecodingException("corrupt " + coding + " body: " + e.getMessage(), e);
    }
  }

  /** "deflate" is meant to be zlib-wrapped (RFC 9110), but some servers send raw deflate. */
  private static boolean hasZlibHeader(byte[] b) {
    return b.length >= 2 && (b[0] & 0x0f) == 8 && (((b[0] & 0xff) << 8) | (b[1] & 0xff)) % 31 == 0;
  }
}

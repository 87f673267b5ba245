package dev.mlx5ctl.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * A gzipped POSIX tar archive (ustar) of regular files, written as it goes: what {@code collect} hands to a vendor,
 * readable by every tar. Names are ASCII paths of at most 100 bytes; the archive ends with its two zero blocks on
 * {@link #close}.
 */
final class TarGz implements AutoCloseable {

    private static final int BLOCK = 512;

    private final GZIPOutputStream out;
    private final long mtime;

    TarGz(OutputStream target, long mtimeSeconds) throws IOException {
        this.out = new GZIPOutputStream(target, 1 << 16);
        this.mtime = mtimeSeconds;
    }

    /** Adds one regular file, mode 0644, owned by root. */
    void add(String name, byte[] data) throws IOException {
        byte[] path = name.getBytes(StandardCharsets.US_ASCII);
        if (path.length == 0 || path.length > 100 || !name.matches("[A-Za-z0-9._/+-]+")) {
            throw new IllegalArgumentException("not a tar member name: " + name);
        }
        byte[] h = new byte[BLOCK];
        System.arraycopy(path, 0, h, 0, path.length);
        octal(h, 100, 8, 0644);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        octal(h, 124, 12, data.length);
        octal(h, 136, 12, mtime);
        java.util.Arrays.fill(h, 148, 156, (byte) ' ');
        h[156] = '0';
        byte[] magic = "ustar\u000000".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, h, 257, magic.length);
        byte[] root = "root".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(root, 0, h, 265, root.length);
        System.arraycopy(root, 0, h, 297, root.length);
        int sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        octal(h, 148, 7, sum);
        out.write(h);
        out.write(data);
        int pad = (BLOCK - data.length % BLOCK) % BLOCK;
        out.write(new byte[pad]);
    }

    /** {@code value} in octal, zero-padded to {@code len - 1} digits and NUL-terminated. */
    private static void octal(byte[] h, int at, int len, long value) {
        String digits = Long.toOctalString(value);
        if (digits.length() > len - 1) {
            throw new IllegalArgumentException("too large for a tar header: " + value);
        }
        byte[] s = ("0".repeat(len - 1 - digits.length()) + digits).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(s, 0, h, at, s.length);
        h[at + len - 1] = 0;
    }

    @Override
    public void close() throws IOException {
        out.write(new byte[2 * BLOCK]);
        out.close();
    }
}

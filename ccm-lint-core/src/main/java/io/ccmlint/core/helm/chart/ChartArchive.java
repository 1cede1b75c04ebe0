package io.ccmlint.core.helm.chart;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A packaged chart ({@code .tgz}) read in memory as Helm's loader reads it (pkg/chart/loader/archive):
 * regular files only, the first path element (the chart's folder) dropped, no absolute or '..'
 * paths, a later entry of the same name replacing an earlier one; bounded in entries and bytes.
 */
final class ChartArchive {
    private static final int BLOCK = 512;

    private ChartArchive() {
    }

    static List<ChartFile> read(byte[] tgz, String displayName, ChartLimits limits) throws ChartException {
        Map<String, ChartFile> files = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(tgz))) {
            String longName = null;
            while (true) {
                byte[] header = in.readNBytes(BLOCK);
                if (header.length < BLOCK || isZero(header)) {
                    break;
                }
                if (++entries > limits.maxFiles()) {
                    throw new ChartException("chart archive " + displayName + " has more than " + limits.maxFiles() + " entries");
                }
                long size = octal(header, 124, 12);
                if (size < 0) {
                    throw new ChartException("chart archive " + displayName + " has a corrupt entry");
                }
                char type = (char) header[156];
                String name = longName != null ? longName : name(header);
                longName = null;
                if (type == 'L' || type == 'x' || type == 'g' || type == '0' || type == '\0' || type == '7') {
                    if (size > limits.maxFileBytes()) {
                        throw new ChartException("chart file \"" + name + "\" in " + displayName
                                + " is larger than the maximum file size " + limits.maxFileBytes());
                    }
                    total += size;
                    if (total > limits.maxTotalBytes()) {
                        throw new ChartException("chart archive " + displayName + " is larger than " + limits.maxTotalBytes() + " bytes");
                    }
                }
                byte[] data = (type == '0' || type == '\0' || type == '7' || type == 'L' || type == 'x')
                        ? in.readNBytes((int) Math.min(size, Integer.MAX_VALUE)) : skip(in, size);
                if (data.length < size && data.length != 0) {
                    throw new ChartException("chart archive " + displayName + " is truncated");
                }
                skip(in, (BLOCK - size % BLOCK) % BLOCK);
                if (type == 'L') {
                    longName = cString(data);
                    continue;
                }
                if (type == 'x') {
                    longName = paxPath(data);
                    continue;
                }
                if (type != '0' && type != '\0' && type != '7') {
                    continue; // folders, links and the rest: Helm keeps regular files only
                }
                String relative = relative(name, displayName);
                if (relative == null) {
                    continue;
                }
                files.put(relative, new ChartFile(relative, stripBom(data)));
            }
        } catch (IOException e) {
            throw new ChartException("chart archive " + displayName + " cannot be read: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new ChartException("no files in chart archive");
        }
        return new ArrayList<>(files.values());
    }

    /** The path without its first element; refuses paths that escape. */
    private static String relative(String name, String displayName) throws ChartException {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            throw new ChartException("chart illegally contains absolute paths");
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                throw new ChartException("chart illegally references parent directory");
            }
        }
        int slash = n.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String rest = n.substring(slash + 1);
        while (rest.startsWith("./")) {
            rest = rest.substring(2);
        }
        return rest.isEmpty() || rest.endsWith("/") ? null : rest;
    }

    static byte[] stripBom(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
            byte[] d = new byte[data.length - 3];
            System.arraycopy(data, 3, d, 0, d.length);
            return d;
        }
        return data;
    }

    private static String name(byte[] h) {
        String name = cString(slice(h, 0, 100));
        String magic = new String(h, 257, 5, StandardCharsets.US_ASCII);
        if (magic.equals("ustar")) {
            String prefix = cString(slice(h, 345, 155));
            if (!prefix.isEmpty()) {
                return prefix + "/" + name;
            }
        }
        return name;
    }

    private static String paxPath(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        for (String record : text.split("\n")) {
            int sp = record.indexOf(' ');
            if (sp > 0 && record.startsWith("path=", sp + 1)) {
                return record.substring(sp + 1 + "path=".length());
            }
        }
        return null;
    }

    private static byte[] slice(byte[] b, int off, int len) {
        byte[] s = new byte[len];
        System.arraycopy(b, off, s, 0, len);
        return s;
    }

    private static String cString(byte[] b) {
        int end = 0;
        while (end < b.length && b[end] != 0) {
            end++;
        }
        return new String(b, 0, end, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] h, int off, int len) {
        long v = 0;
        for (int i = off; i < off + len; i++) {
            int c = h[i] & 0xFF;
            if (c == 0 || c == ' ') {
                if (v > 0 || i > off) {
                    if (c == 0) {
                        break;
                    }
                    continue;
                }
                continue;
            }
            if (c < '0' || c > '7') {
                return -1;
            }
            v = v * 8 + (c - '0');
        }
        return v;
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] skip(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    break;
                }
                s = 1;
            }
            left -= s;
        }
        return new byte[0];
    }
}

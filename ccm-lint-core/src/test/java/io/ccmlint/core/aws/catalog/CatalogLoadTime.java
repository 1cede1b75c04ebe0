package io.ccmlint.core.aws.catalog;

/**
 * Measures how long the bundled IAM action catalog takes to load (not a unit test: timings do
 * not belong in assertions). Run in a fresh JVM, after {@code mvn -o install -DskipTests}:
 * <pre>
 * java -cp ccm-lint-core/target/classes:ccm-lint-core/target/test-classes \
 *     io.ccmlint.core.aws.catalog.CatalogLoadTime
 * </pre>
 * It prints the cold first use (decompression, indexing, class loading) and the parse of one
 * service, then warm averages of a full load and of parsing every service.
 */
public final class CatalogLoadTime {
    private CatalogLoadTime() {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        IamCatalog c = IamCatalog.get();
        long t1 = System.nanoTime();
        boolean known = c.action("ec2:DescribeRegions").isPresent();
        long t2 = System.nanoTime();
        System.out.printf("cold: load %.1f ms, first lookup (parses ec2) %.1f ms, total %.1f ms (found: %s)%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e6, known);
        long all0 = System.nanoTime();
        int actions = 0;
        for (String p : c.prefixes()) {
            actions += c.service(p).orElseThrow().actions().size();
        }
        long all1 = System.nanoTime();
        System.out.printf("cold: parse all %d services, %d actions: %.1f ms%n", c.prefixes().size(), actions,
                (all1 - all0) / 1e6);
        int rounds = 20;
        long w0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            try (var in = IamCatalog.class.getResourceAsStream(IamCatalog.RESOURCE)) {
                String text = new String(new java.util.zip.GZIPInputStream(in, 1 << 16).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                IamCatalog fresh = IamCatalog.index(text);
                for (String p : fresh.prefixes()) {
                    fresh.service(p);
                }
            }
        }
        long w1 = System.nanoTime();
        System.out.printf("warm: load and parse everything, average of %d: %.1f ms%n", rounds, (w1 - w0) / 1e6 / rounds);
    }
}

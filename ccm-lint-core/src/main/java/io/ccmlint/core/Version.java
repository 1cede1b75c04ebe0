package io.ccmlint.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of ccm-lint, from the build. */
public final class Version {
    private static final String VALUE = load();

    private Version() {
    }

    public static String get() {
        return VALUE;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}

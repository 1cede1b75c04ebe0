package io.ccmlint.core.helm.chart;

import io.ccmlint.core.helm.template.GoObject;
import io.ccmlint.core.helm.template.GoType;
import io.ccmlint.core.helm.template.Signature;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Helm's {@code .Files} (pkg/engine/files.go): the chart's non-template files by name, with Get,
 * GetBytes, Glob, AsConfig, AsSecrets and Lines. It is a map too, so {@code range} over a Glob works;
 * its values are the files' text (Go has []byte there). Only files loaded from inside the chart are
 * here, so no path ("../..") reaches anything else.
 */
public final class HelmFiles extends TreeMap<String, Object> implements GoObject {
    private static final long serialVersionUID = 1L;

    HelmFiles(List<ChartFile> files) {
        for (ChartFile f : files) {
            put(f.name(), f.text());
        }
    }

    private HelmFiles(Map<String, Object> m) {
        putAll(m);
    }

    @Override
    public String goTypeName() {
        return "engine.files";
    }

    @Override
    public String printed() {
        StringBuilder b = new StringBuilder("map[");
        forEach((k, v) -> b.append(b.length() > 4 ? " " : "").append(k).append(':')
                .append(Arrays.toString(((String) v).getBytes(StandardCharsets.UTF_8)).replace(",", "")));
        return b.append(']').toString();
    }

    @Override
    public Optional<TemplateFunction> method(String name) {
        switch (name) {
            case "Get":
            case "GetBytes":
                return Optional.of(TemplateFunction.of(Signature.of(GoType.STRING, GoType.STRING),
                        (ctx, args) -> String.valueOf(getOrDefault((String) args.get(0), ""))));
            case "Glob":
                return Optional.of(TemplateFunction.of(Signature.of(GoType.ANY, GoType.STRING),
                        (ctx, args) -> glob((String) args.get(0))));
            case "AsConfig":
                return Optional.of(TemplateFunction.of(Signature.of(GoType.STRING),
                        (ctx, args) -> asYaml(false)));
            case "AsSecrets":
                return Optional.of(TemplateFunction.of(Signature.of(GoType.STRING),
                        (ctx, args) -> asYaml(true)));
            case "Lines":
                return Optional.of(TemplateFunction.of(Signature.of(GoType.LIST, GoType.STRING),
                        (ctx, args) -> lines((String) args.get(0))));
            default:
                return Optional.empty();
        }
    }

    private HelmFiles glob(String pattern) {
        Pattern p = GlobPattern.compile(pattern);
        Map<String, Object> m = new TreeMap<>();
        forEach((k, v) -> {
            if (p.matcher(k).matches()) {
                m.put(k, v);
            }
        });
        return new HelmFiles(m);
    }

    private String asYaml(boolean base64) {
        Map<String, String> m = new TreeMap<>();
        forEach((k, v) -> m.put(k.substring(k.lastIndexOf('/') + 1), base64
                ? Base64.getEncoder().encodeToString(((String) v).getBytes(StandardCharsets.UTF_8)) : (String) v));
        return io.ccmlint.core.helm.functions.HelmFunctions.toYaml(m, Long.MAX_VALUE);
    }

    private List<Object> lines(String path) {
        Object v = get(path);
        if (v == null) {
            return new ArrayList<>();
        }
        String s = (String) v;
        if (s.endsWith("\n")) {
            s = s.substring(0, s.length() - 1);
        }
        return new ArrayList<>(Arrays.asList((Object[]) s.split("\n", -1)));
    }
}

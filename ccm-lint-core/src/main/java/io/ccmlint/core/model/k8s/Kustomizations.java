package io.ccmlint.core.model.k8s;

import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.workspace.FileKind;
import io.ccmlint.core.workspace.ParsedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kustomizations of a workspace ({@code kustomization.yaml}, {@code kustomization.yml},
 * {@code Kustomization}) and the images they set: kustomize's {@code images:} transformer gives the
 * containers of every resource a kustomization includes (directly, or through the folders its
 * {@code resources}, {@code bases} and {@code components} name) a new name, tag or digest. A
 * manifest's own tag is then not what is deployed through that kustomization.
 */
public final class Kustomizations {
    /** The names kustomize reads a kustomization from. */
    public static final Set<String> FILE_NAMES = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");
    private static final int MAX_DEPTH = 32;

    /**
     * One {@code images:} entry.
     *
     * @param newTag the {@code newTag} value, or null
     * @param digest the {@code digest} value, or null
     */
    public record ImageEntry(Path kustomization, String name, ScalarNode newTag, ScalarNode digest) {
        /** True when the entry replaces the tag (a new tag or a digest), not only the name. */
        public boolean retags() {
            return newTag != null || digest != null;
        }
    }

    private record Kustomization(Path folder, List<Path> includes, List<ImageEntry> images) {
    }

    private final Map<Path, Kustomization> byFolder = new LinkedHashMap<>();
    /** For each file or folder, the kustomization folders that include it (directly). */
    private final Map<Path, List<Path>> includedBy = new HashMap<>();

    private Kustomizations() {
    }

    /** The kustomizations among the files. */
    public static Kustomizations of(List<ParsedFile> files) {
        Kustomizations out = new Kustomizations();
        for (ParsedFile f : files) {
            Path p = f.file().path();
            if (p == null || f.documents().isEmpty() || f.documents().get(0).kind() != FileKind.KUSTOMIZATION
                    || !(f.documents().get(0).root() instanceof MapNode root)) {
                continue;
            }
            Path folder = p.toAbsolutePath().normalize().getParent();
            List<Path> includes = new ArrayList<>();
            for (String key : List.of("resources", "bases", "components")) {
                for (Node n : Nodes.list(root.get(key))) {
                    String entry = Nodes.text(n);
                    if (entry != null && !entry.contains("://") && !entry.startsWith("github.com/")) {
                        includes.add(folder.resolve(entry).normalize());
                    }
                }
            }
            List<ImageEntry> images = new ArrayList<>();
            for (MapNode image : Nodes.maps(root.get("images"))) {
                String name = Nodes.text(image, "name");
                if (name != null) {
                    images.add(new ImageEntry(p, name, Nodes.scalar(image.get("newTag")), Nodes.scalar(image.get("digest"))));
                }
            }
            out.byFolder.putIfAbsent(folder, new Kustomization(folder, includes, images));
        }
        for (Kustomization k : out.byFolder.values()) {
            for (Path included : k.includes()) {
                out.includedBy.computeIfAbsent(included, x -> new ArrayList<>()).add(k.folder());
            }
        }
        return out;
    }

    /** Every {@code images:} entry of every kustomization, in file order. */
    public List<ImageEntry> images() {
        List<ImageEntry> out = new ArrayList<>();
        byFolder.values().forEach(k -> out.addAll(k.images()));
        return out;
    }

    /**
     * The entries that retag image {@code name} (the image reference without its tag or digest) for the
     * manifest {@code file}: those of every kustomization that includes the file, directly or through
     * others. Empty when no kustomization changes its tag.
     */
    public List<ImageEntry> retagging(Path file, String name) {
        if (file == null || byFolder.isEmpty()) {
            return List.of();
        }
        List<ImageEntry> out = new ArrayList<>();
        for (Path k : including(file.toAbsolutePath().normalize())) {
            for (ImageEntry e : byFolder.get(k).images()) {
                if (e.name().equals(name) && e.retags()) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** The folders of the kustomizations that include the file, directly or through other kustomizations. */
    private Set<Path> including(Path file) {
        Set<Path> found = new HashSet<>();
        List<Path> todo = new ArrayList<>();
        todo.add(file);
        int depth = 0;
        while (!todo.isEmpty() && depth++ < MAX_DEPTH) {
            List<Path> next = new ArrayList<>();
            for (Path p : todo) {
                for (Path k : includedBy.getOrDefault(p, List.of())) {
                    if (found.add(k)) {
                        next.add(k);
                    }
                }
            }
            todo = next;
        }
        return found;
    }
}

package io.ccmlint.core.terraform;

import io.ccmlint.core.hcl.HclAttribute;
import io.ccmlint.core.hcl.HclBlock;
import io.ccmlint.core.hcl.HclExpression;
import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.terraform.eval.BlockInstances;
import io.ccmlint.core.terraform.eval.Evaluator;
import io.ccmlint.core.terraform.eval.ModuleBinding;
import io.ccmlint.core.terraform.eval.TerraformModule;
import io.ccmlint.core.terraform.eval.Value;
import io.ccmlint.core.workspace.ParseFailure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A root module and every module instance its {@code module} calls reach, each evaluated with the
 * arguments of its call ({@code count} and {@code for_each} give one instance per index or key), so
 * that outputs flow back ({@code module.ccm.role_arn}) and references keep their module address
 * ({@code module.ccm.aws_iam_role.this.arn}).
 *
 * <p>Bounded: calls nest at most {@link #MAX_DEPTH} deep, and a tree has at most
 * {@link #MAX_INSTANCES} instances holding at most {@link #MAX_BLOCKS} top-level blocks; a call past
 * one of them, and a call that leads back to a module on its own path (a cycle), is not followed
 * and is a CCM001 at the call (past the instance bounds, only the first call of a root; the others
 * are counted in the summary). What a call not followed would give is unknown, never guessed.
 */
final class ModuleTree {
    static final int MAX_DEPTH = 16;
    static final int MAX_INSTANCES = 2_000;
    /** At most this many top-level blocks in all the instances of one root (a large module called many times). */
    static final long MAX_BLOCKS = 50_000;

    /**
     * One module instance.
     *
     * @param reportAt for an instance of a module the run was not given (downloaded, or beside the
     *                 paths linted): the call in the linted files that leads to it, where what is found
     *                 in it is reported; else null
     */
    record Instance(String address, TerraformModule module, Evaluator evaluator, Span reportAt) {
    }

    /** Why a call was not followed, and where it is. */
    record NotFollowed(Span call, String why) {
    }

    /**
     * The tree: its instances (the root first, then depth first); the folder each call's source
     * names (by call, when it names one); the calls followed (by header span) and not followed;
     * its CCM001s.
     */
    record Result(List<Instance> instances, Map<HclBlock, Path> resolved, Set<Span> followed,
                  List<NotFollowed> notFollowed, List<ParseFailure> problems) {
    }

    static final String NOT_DOWNLOADED = "not downloaded (a registry or git source: run `terraform init` in the root module)";
    static final String INSTANCES_UNKNOWN = "with a count or for_each not known statically";
    static final String PAST_THE_BOUND = "past the bound of module instances of their root module";

    private final ModuleFolders folders;
    private final ModuleManifest manifest;
    /** What path.*, file() and templatefile() see, and the root module's folder they are relative to. */
    private final TerraformFiles files;
    private final Path rootFolder;
    private final List<Instance> instances = new ArrayList<>();
    private final Map<HclBlock, Path> resolved = new IdentityHashMap<>();
    private final Set<Span> followed = new HashSet<>();
    private final List<NotFollowed> notFollowed = new ArrayList<>();
    private final List<ParseFailure> problems = new ArrayList<>();
    /** Instances of calls accepted but not yet started (and their blocks): they count against the bounds already. */
    private int reserved;
    private long reservedBlocks;
    /** The top-level blocks of the instances started: the work of a tree is its instances times their size. */
    private long blocks;
    private boolean boundReached;

    private ModuleTree(ModuleFolders folders, ModuleManifest manifest, TerraformFiles files, Path rootFolder) {
        this.folders = folders;
        this.manifest = manifest;
        this.files = files;
        this.rootFolder = rootFolder;
    }

    /** Evaluates the tree whose root is {@code root}, the root's variables given {@code rootInputs}; no file is read. */
    static Result evaluate(ModuleFolders.Folder root, Map<String, Value> rootInputs, ModuleFolders folders,
                           ModuleManifest manifest) {
        return evaluate(root, rootInputs, folders, manifest, TerraformFiles.NONE);
    }

    /**
     * Evaluates the tree whose root is {@code root}, the root's variables given {@code rootInputs},
     * each instance's {@code file()} and {@code templatefile()} reading through {@code files}.
     */
    static Result evaluate(ModuleFolders.Folder root, Map<String, Value> rootInputs, ModuleFolders folders,
                           ModuleManifest manifest, TerraformFiles files) {
        ModuleTree tree = new ModuleTree(folders, manifest, files, root.path());
        Node node = tree.new Node("", root.module(), root.path(), "", null, List.of(root.path()));
        node.start(rootInputs);
        return new Result(List.copyOf(tree.instances), tree.resolved, Set.copyOf(tree.followed),
                List.copyOf(tree.notFollowed), List.copyOf(tree.problems));
    }

    /** One instance being evaluated; it answers {@code module.<name>} for its own evaluator. */
    private final class Node implements ModuleBinding.ModuleCalls {
        private final String address;
        private final TerraformModule module;
        private final Path folder;
        /** The call names from the root joined by dots: the key of a downloaded module in the manifest. */
        private final String key;
        private final Span reportAt;
        private final List<Path> path;
        private final Map<String, HclBlock> calls = new LinkedHashMap<>();
        private final Map<String, Optional<Value>> values = new HashMap<>();
        private final Set<String> inProgress = new HashSet<>();
        private Evaluator evaluator;

        Node(String address, TerraformModule module, Path folder, String key, Span reportAt, List<Path> path) {
            this.address = address;
            this.module = module;
            this.folder = folder;
            this.key = key;
            this.reportAt = reportAt;
            this.path = path;
            for (HclFile f : module.files()) {
                for (HclBlock b : f.body().blocks("module")) {
                    if (b.labels().size() == 1) {
                        calls.putIfAbsent(b.labelValues().get(0), b);
                    }
                }
            }
        }

        void start(Map<String, Value> inputs) {
            blocks += size(module);
            evaluator = module.evaluator(new ModuleBinding(address, inputs, this, files.forModule(rootFolder, folder)));
            instances.add(new Instance(address, module, evaluator, reportAt));
            calls.keySet().forEach(this::value);
        }

        @Override
        public Value value(String name) {
            Optional<Value> known = values.get(name);
            if (known != null) {
                return known.orElse(null);
            }
            HclBlock call = calls.get(name);
            if (call == null || !inProgress.add(name)) {
                return null; // no such call, or its arguments read its own outputs: unknown
            }
            Value v;
            try {
                v = follow(name, call);
            } finally {
                inProgress.remove(name);
            }
            values.put(name, Optional.ofNullable(v));
            return v;
        }

        /** Evaluates every instance of one call; what {@code module.<name>} is, or null when not followed. */
        private Value follow(String name, HclBlock call) {
            Span at = header(call);
            String source = literal(call.body().attribute("source"));
            if (source == null) {
                return null; // a computed source: Terraform rejects it, and there is nothing to follow
            }
            String childKey = key.isEmpty() ? name : key + "." + name;
            Path childFolder;
            if (source.startsWith("./") || source.startsWith("../")) {
                childFolder = folder.resolve(source).normalize();
            } else {
                childFolder = manifest.folder(childKey);
                if (childFolder == null) {
                    notFollowed.add(new NotFollowed(at, NOT_DOWNLOADED));
                    return null;
                }
            }
            resolved.putIfAbsent(call, childFolder);
            if (path.contains(childFolder)) {
                problems.add(new ParseFailure(call.body().attribute("source").get().value().span(),
                        "Terraform module call cycle: module \"" + name + "\" calls " + source
                                + ", which is already on the path of calls that leads here; the call is not followed"));
                return null;
            }
            if (path.size() > MAX_DEPTH) {
                problems.add(new ParseFailure(at, "Terraform modules not fully evaluated: module \"" + name + "\" is nested"
                        + " more than " + MAX_DEPTH + " calls deep; its outputs are unknown"));
                return null;
            }
            ModuleFolders.Folder child = folders.get(childFolder);
            if (child == null) {
                problems.add(new ParseFailure(call.body().attribute("source").get().value().span(),
                        "Terraform module source " + source + " is not a folder with Terraform files"));
                return null;
            }
            List<BlockInstances.Instance> keys = instanceKeys(name, call, size(child.module()), at);
            if (keys == null) {
                return null;
            }
            followed.add(at);
            Span childReportAt = reportAt != null ? reportAt : child.external() ? at : null;
            List<Path> childPath = new ArrayList<>(path);
            childPath.add(childFolder);
            List<Value> outputs = new ArrayList<>(keys.size());
            for (BlockInstances.Instance k : keys) {
                Map<String, Value> inputs = new LinkedHashMap<>();
                for (HclAttribute a : call.body().attributes()) {
                    if (!ModuleCalls.META_ARGUMENTS.contains(a.name())) {
                        inputs.put(a.name(), evaluator.eval(a.value(), k.each(), k.countIndex()));
                    }
                }
                Node n = new Node(address + "module." + name + k.suffix() + ".", child.module(), childFolder, childKey,
                        childReportAt, List.copyOf(childPath));
                reserved--;
                reservedBlocks -= size(child.module());
                n.start(inputs);
                outputs.add(n.outputs(at));
            }
            return combine(call, keys, outputs, at);
        }

        /**
         * The instances of a call in Terraform's order; null when its {@code count} or
         * {@code for_each} is not known, or when they would take the tree past
         * {@link #MAX_INSTANCES} (then also a CCM001).
         */
        private List<BlockInstances.Instance> instanceKeys(String name, HclBlock call, int childBlocks, Span at) {
            int room = MAX_INSTANCES - instances.size() - reserved;
            BlockInstances.Expansion e = BlockInstances.of(call, evaluator, Math.max(room, 0));
            if (!e.known()) {
                notFollowed.add(new NotFollowed(at, INSTANCES_UNKNOWN));
                return null;
            }
            if (e.instances() == null || (long) e.size() * childBlocks > MAX_BLOCKS - blocks - reservedBlocks) {
                if (boundReached) {
                    notFollowed.add(new NotFollowed(at, PAST_THE_BOUND));
                } else { // once per root: the calls after it that pass the bound are counted in the summary
                    boundReached = true;
                    problems.add(new ParseFailure(at, "Terraform modules not fully evaluated: module \"" + name + "\" would take"
                            + " this root module past " + MAX_INSTANCES + " module instances or " + MAX_BLOCKS
                            + " blocks in them; its outputs are unknown, and so are those of the later calls past the bound"));
                }
                return null;
            }
            reserved += e.size();
            reservedBlocks += (long) e.size() * childBlocks;
            return e.instances();
        }

        /** The module's outputs, as an object. */
        private Value outputs(Span at) {
            Map<String, Value> out = new LinkedHashMap<>();
            Map<String, Span> keySpans = new LinkedHashMap<>();
            for (HclFile f : module.files()) {
                for (HclBlock o : f.body().blocks("output")) {
                    Optional<HclAttribute> v = o.body().attribute("value");
                    if (o.labels().size() == 1 && v.isPresent() && !out.containsKey(o.labelValues().get(0))) {
                        out.put(o.labelValues().get(0), evaluator.eval(v.get().value()));
                        keySpans.put(o.labelValues().get(0), o.labels().get(0).span());
                    }
                }
            }
            return new Value.Obj(out, keySpans, at);
        }
    }

    private static Value combine(HclBlock call, List<BlockInstances.Instance> keys, List<Value> outputs, Span at) {
        if (call.body().attribute("count").isPresent()) {
            return new Value.Seq(outputs, at);
        }
        if (call.body().attribute("for_each").isPresent()) {
            Map<String, Value> byKey = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                byKey.put(((Value.Str) keys.get(i).each().key()).value(), outputs.get(i));
            }
            return new Value.Obj(byKey, Map.of(), at);
        }
        return outputs.get(0);
    }

    /** A module's size as the bound counts it: its top-level blocks. */
    private static int size(TerraformModule m) {
        int n = 0;
        for (HclFile f : m.files()) {
            n += f.body().blocks().size();
        }
        return n;
    }

    private static Span header(HclBlock b) {
        return b.typeSpan().union(b.labels().get(b.labels().size() - 1).span());
    }

    private static String literal(Optional<HclAttribute> a) {
        return a.map(HclAttribute::value).filter(e -> e instanceof HclExpression.TemplateExpression)
                .map(e -> ((HclExpression.TemplateExpression) e).literalValue()).orElse(null);
    }
}

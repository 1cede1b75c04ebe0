package io.ccmlint.core.model.k8s;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.Nodes;
import io.ccmlint.core.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/** A kubeconfig document ({@code kind: Config}) and its users. */
public record Kubeconfig(SourceFile file, MapNode root, List<User> users) {
    public Kubeconfig {
        users = List.copyOf(users);
    }

    /**
     * A user; {@code exec} is its credential plugin or null.
     */
    public record User(String name, MapNode node, Exec exec) {
    }

    /** {@code users[].user.exec}: the plugin's API version, command and arguments. */
    public record Exec(MapNode node, ScalarNode apiVersion, String command, List<ScalarNode> args) {
        public List<String> argValues() {
            return args.stream().map(a -> a.scalar().known() == null ? "" : a.scalar().known()).toList();
        }
    }

    static Kubeconfig of(SourceFile file, MapNode root) {
        List<User> users = new ArrayList<>();
        for (MapNode u : Nodes.maps(root.get("users"))) {
            MapNode exec = Nodes.map(u.at("/user/exec"));
            Exec e = null;
            if (exec != null) {
                List<ScalarNode> args = new ArrayList<>();
                for (Node a : Nodes.list(exec.get("args"))) {
                    if (a instanceof ScalarNode s) {
                        args.add(s);
                    }
                }
                e = new Exec(exec, Nodes.scalar(exec.get("apiVersion")), Nodes.text(exec.get("command")), args);
            }
            users.add(new User(Nodes.text(u.get("name")), u, e));
        }
        return new Kubeconfig(file, root, users);
    }
}

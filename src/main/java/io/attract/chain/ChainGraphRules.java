package io.attract.chain;

import io.attract.common.error.ApiException;
import io.attract.common.error.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a graph sent to {@code PUT /api/chains/{id}/graph}: names unique and 1–50 characters, keys unique,
 * edges between sent keys, no self-edge, no duplicate edge, no cycle, at most {@value #MAX_NODES} nodes.
 */
public final class ChainGraphRules {

    public static final int MAX_NODES = 200;
    public static final int MAX_NAME = 50;
    public static final int MAX_DESCRIPTION = 500;

    private ChainGraphRules() {}

    /** Throws 422 {@code validation.failed} listing every problem found. */
    public static void check(GraphRequest graph) {
        List<Problem.Violation> violations = violations(graph);
        if (!violations.isEmpty()) {
            throw new ApiException(422, "validation.failed", "产业链图谱有误，请检查标出的字段。", violations);
        }
    }

    public static List<Problem.Violation> violations(GraphRequest graph) {
        List<Problem.Violation> out = new ArrayList<>();
        List<GraphRequest.NodeRequest> nodes = graph == null || graph.nodes() == null ? List.of() : graph.nodes();
        List<GraphRequest.EdgeRequest> edges = graph == null || graph.edges() == null ? List.of() : graph.edges();
        if (nodes.size() > MAX_NODES) {
            out.add(new Problem.Violation("nodes", "一条产业链最多 " + MAX_NODES + " 个环节。"));
        }
        Map<String, Integer> keys = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            GraphRequest.NodeRequest n = nodes.get(i);
            String at = "nodes[" + i + "]";
            if (n == null) {
                out.add(new Problem.Violation(at, "环节不能为空。"));
                continue;
            }
            if (n.key() == null || n.key().isBlank()) {
                out.add(new Problem.Violation(at + ".key", "请为环节提供 key。"));
            } else if (keys.putIfAbsent(n.key(), i) != null) {
                out.add(new Problem.Violation(at + ".key", "环节 key 重复：" + n.key()));
            }
            String name = n.name() == null ? "" : n.name().strip();
            if (name.isEmpty()) {
                out.add(new Problem.Violation(at + ".name", "请填写环节名称。"));
            } else if (name.length() > MAX_NAME) {
                out.add(new Problem.Violation(at + ".name", "环节名称不能超过 " + MAX_NAME + " 个字符。"));
            } else if (names.putIfAbsent(name, i) != null) {
                out.add(new Problem.Violation(at + ".name", "同一产业链内环节名称重复：" + name));
            }
            if (n.segment() == null) {
                out.add(new Problem.Violation(at + ".segment", "请选择上游、中游或下游。"));
            }
            if (n.sortOrder() != null && n.sortOrder() < 0) {
                out.add(new Problem.Violation(at + ".sortOrder", "排序号不能为负数。"));
            }
            if (n.description() != null && n.description().length() > MAX_DESCRIPTION) {
                out.add(new Problem.Violation(at + ".description", "说明不能超过 " + MAX_DESCRIPTION + " 个字符。"));
            }
            if (n.id() != null && !ids.add(n.id())) {
                out.add(new Problem.Violation(at + ".id", "同一环节被提交了两次。"));
            }
        }
        Set<String> seen = new HashSet<>();
        Map<String, List<String>> next = new LinkedHashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            GraphRequest.EdgeRequest e = edges.get(i);
            String at = "edges[" + i + "]";
            if (e == null) {
                out.add(new Problem.Violation(at, "连线不能为空。"));
                continue;
            }
            boolean known = true;
            if (e.from() == null || !keys.containsKey(e.from())) {
                out.add(new Problem.Violation(at + ".from", "连线起点不是提交的环节：" + e.from()));
                known = false;
            }
            if (e.to() == null || !keys.containsKey(e.to())) {
                out.add(new Problem.Violation(at + ".to", "连线终点不是提交的环节：" + e.to()));
                known = false;
            }
            if (!known) {
                continue;
            }
            if (e.from().equals(e.to())) {
                out.add(new Problem.Violation(at, "环节不能连向自己：" + nameOf(nodes, keys, e.from())));
            } else if (!seen.add(e.from() + "\u0000" + e.to())) {
                out.add(new Problem.Violation(
                        at, "连线重复：" + nameOf(nodes, keys, e.from()) + " → " + nameOf(nodes, keys, e.to())));
            } else {
                next.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
            }
        }
        List<String> cycle = cycle(next);
        if (!cycle.isEmpty()) {
            out.add(new Problem.Violation(
                    "edges",
                    "环节之间的连线构成了循环："
                            + String.join(
                                    " → ",
                                    cycle.stream()
                                            .map(k -> nameOf(nodes, keys, k))
                                            .toList())));
        }
        return out;
    }

    /** A cycle as keys (first key repeated at the end), or empty: iterative depth-first search. */
    static List<String> cycle(Map<String, List<String>> next) {
        Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the path, 2: done
        for (String start : next.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Integer> position = new ArrayDeque<>();
            path.push(start);
            position.push(0);
            state.put(start, 1);
            while (!path.isEmpty()) {
                String at = path.peek();
                int i = position.pop();
                List<String> out = next.getOrDefault(at, List.of());
                if (i >= out.size()) {
                    state.put(at, 2);
                    path.pop();
                    continue;
                }
                position.push(i + 1);
                String to = out.get(i);
                Integer s = state.get(to);
                if (s == null) {
                    state.put(to, 1);
                    path.push(to);
                    position.push(0);
                } else if (s == 1) {
                    List<String> loop = new ArrayList<>();
                    for (String k : (Iterable<String>) path::descendingIterator) {
                        if (!loop.isEmpty() || k.equals(to)) {
                            loop.add(k);
                        }
                    }
                    loop.add(to);
                    return loop;
                }
            }
        }
        return List.of();
    }

    private static String nameOf(List<GraphRequest.NodeRequest> nodes, Map<String, Integer> keys, String key) {
        GraphRequest.NodeRequest n = nodes.get(keys.get(key));
        return n.name() == null || n.name().isBlank() ? key : n.name().strip();
    }
}

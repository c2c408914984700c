package io.attract.chain;

import java.util.List;

/**
 * The whole graph of a chain: nodes named by a key of the client's choosing (an existing node also sends its id to
 * keep its links) and edges between keys. Checked by {@link ChainGraphRules}, not by Bean Validation, so that every
 * problem comes back at once as 422 with field paths like {@code nodes[2].name}.
 */
public record GraphRequest(List<NodeRequest> nodes, List<EdgeRequest> edges) {

    public record NodeRequest(
            Long id, String key, String name, ChainSegment segment, Integer sortOrder, String description) {}

    public record EdgeRequest(String from, String to) {}
}

package io.ccmlint.core.hcl;

import io.ccmlint.core.source.Span;

import java.util.List;
import java.util.Optional;

/**
 * The attributes and blocks of a file or of a block, in source order. The span of a block's body
 * is the text between its braces; a file's body spans the whole file.
 */
public record HclBody(List<HclBodyItem> items, Span span) implements HclNode {
    public HclBody {
        items = List.copyOf(items);
    }

    @Override
    public List<HclBodyItem> children() {
        return items;
    }

    public List<HclAttribute> attributes() {
        return items.stream().filter(HclAttribute.class::isInstance).map(HclAttribute.class::cast).toList();
    }

    public List<HclBlock> blocks() {
        return items.stream().filter(HclBlock.class::isInstance).map(HclBlock.class::cast).toList();
    }

    public List<HclBlock> blocks(String type) {
        return blocks().stream().filter(b -> b.type().equals(type)).toList();
    }

    public Optional<HclAttribute> attribute(String name) {
        return attributes().stream().filter(a -> a.name().equals(name)).findFirst();
    }
}

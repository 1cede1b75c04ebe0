package io.ccmlint.core.hcl;

/** What a body holds: attributes and blocks. */
public sealed interface HclBodyItem extends HclNode permits HclAttribute, HclBlock {
}

package io.ccmlint.core.model.k8s;

import io.ccmlint.core.tree.Node;

/**
 * A key of a Secret ({@code data}, base64-decoded, or {@code stringData}) or of a ConfigMap
 * ({@code data}).
 *
 * @param key the key
 * @param node the located value as written
 * @param value the value: decoded for Secret {@code data}; null when it is not valid base64 (or not a string)
 * @param encoded true for Secret {@code data} (base64 in the file)
 */
public record SecretEntry(String key, Node node, String value, boolean encoded) {
}

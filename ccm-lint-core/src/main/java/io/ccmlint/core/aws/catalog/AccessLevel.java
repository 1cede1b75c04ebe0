package io.ccmlint.core.aws.catalog;

/** The access levels of AWS's Service Authorization Reference. */
public enum AccessLevel {
    LIST("List"), READ("Read"), WRITE("Write"), PERMISSIONS_MANAGEMENT("Permissions management"), TAGGING("Tagging");

    private final String label;

    AccessLevel(String label) {
        this.label = label;
    }

    /** As AWS writes it: {@code Permissions management}. */
    public String label() {
        return label;
    }

    static AccessLevel ofCode(char c) {
        return switch (c) {
            case 'L' -> LIST;
            case 'R' -> READ;
            case 'W' -> WRITE;
            case 'P' -> PERMISSIONS_MANAGEMENT;
            case 'T' -> TAGGING;
            default -> null;
        };
    }
}

package io.ccmlint.core.rule;

/**
 * The declaration of each rule class: from its jar's {@link RuleIndex} when that names it, else read
 * from its {@link RuleInfo} by reflection; and the metadata made from it, once per class (rules ask
 * for it per finding).
 */
public final class Declarations {
    private static final ClassValue<RuleMetadata> METADATA = new ClassValue<>() {
        @Override
        protected RuleMetadata computeValue(Class<?> type) {
            RuleInfo info = info(type);
            if (info == null) {
                throw new IllegalStateException(type.getName() + " has no @RuleInfo and does not override metadata()");
            }
            return RuleMetadata.of(info, loader(type));
        }
    };

    private Declarations() {
    }

    static RuleMetadata of(Class<?> ruleClass) {
        return METADATA.get(ruleClass);
    }

    /** The {@link RuleInfo} of a rule class, or null when it has none. */
    public static RuleInfo info(Class<?> ruleClass) {
        RuleInfo indexed = RuleIndex.find(ruleClass, loader(ruleClass));
        return indexed != null ? indexed : ruleClass.getAnnotation(RuleInfo.class);
    }

    private static ClassLoader loader(Class<?> type) {
        return type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
    }
}

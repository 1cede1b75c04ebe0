package io.ccmlint.core.rule;

/** The metadata of each rule class, read from its {@link RuleInfo} once (rules ask for it per finding). */
final class Declarations {
    private static final ClassValue<RuleMetadata> METADATA = new ClassValue<>() {
        @Override
        protected RuleMetadata computeValue(Class<?> type) {
            RuleInfo info = type.getAnnotation(RuleInfo.class);
            if (info == null) {
                throw new IllegalStateException(type.getName() + " has no @RuleInfo and does not override metadata()");
            }
            ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
            return RuleMetadata.of(info, loader);
        }
    };

    private Declarations() {
    }

    static RuleMetadata of(Class<?> ruleClass) {
        return METADATA.get(ruleClass);
    }
}

package io.ccmlint.core.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A public page a rule's requirement comes from, as users can open it: its title and absolute URL. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Source {
    String title();

    String url();
}

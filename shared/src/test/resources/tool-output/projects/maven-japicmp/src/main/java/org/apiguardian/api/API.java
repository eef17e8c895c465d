package org.apiguardian.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks public API; this version no longer names the consumers. */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Documented
public @interface API {
    Status status();

    String since() default "";

    enum Status { INTERNAL, DEPRECATED, EXPERIMENTAL, MAINTAINED, STABLE }
}
